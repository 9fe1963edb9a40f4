package org.spplus.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (never a browser downloaded by a tool).
 * Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("spplus.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("spplus.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;

    private static final java.util.Set<Browser> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        OPEN.add(this);
    }

    /** The browsers open now (for screenshots when a test fails). */
    static java.util.Collection<Browser> openBrowsers() {
        return java.util.List.copyOf(OPEN);
    }

    /** Saves the page's HTML as {@code target/screenshots/<name>.html}. */
    public Path savePage(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".html");
            Files.writeString(file, "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Browser open() {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--lang=fr-FR", "--window-size=1280,1024",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().window().setSize(new Dimension(1280, 1024));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path below the application's base URL. */
    public WebDriver open(URL base, String path) {
        driver.get(Http.resolve(base, path).toString());
        return driver;
    }

    /** Signs in through the sign-in page with an address and a password; lands where the platform sends. */
    public WebDriver signIn(URL base, String email, String password) {
        open(base, "connexion");
        type(By.id("connexion:email"), email);
        type(By.id("connexion:motdepasse"), password);
        submit(By.id("connexion:valider"));
        return driver;
    }

    /**
     * Clicks a button or link that loads another page, or that replaces the part of the page it is in (a request
     * in the background), and waits until the new page or part is there.
     */
    public void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebElement clicked = driver.findElement(button);
        clicked.click();
        awaitReplaced(page, clicked);
    }

    /**
     * Clicks a button whose page updates itself in place (its script counts each update done in
     * {@code window.spplusUpdates}), and waits until that update is done.
     */
    public void clickAndAwaitUpdate(By button) {
        long before = updates();
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> updates() > before);
    }

    private long updates() {
        Object count = ((JavascriptExecutor) driver).executeScript("return window.spplusUpdates || 0");
        return ((Number) count).longValue();
    }

    /** Presses keys that submit a form (Enter), and waits until the new page is there. */
    public void keysAndWait(CharSequence... keys) {
        WebElement page = driver.findElement(By.tagName("html"));
        keys(keys);
        awaitReplaced(page, page);
    }

    private void awaitReplaced(WebElement oldPage, WebElement clicked) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(oldPage) || gone(clicked));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !(window.PrimeFaces && PrimeFaces.ajax"
                        + " && PrimeFaces.ajax.Queue && !PrimeFaces.ajax.Queue.isEmpty())")));
    }

    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true; // stale, or (Chromium) "node does not belong to the document"
        }
    }

    /** Signs out with the header's button if signed in, then forgets every cookie. */
    public void signOut(URL base) {
        open(base, "");
        List<WebElement> button = driver.findElements(By.id("deconnexion:bouton"));
        if (!button.isEmpty()) {
            submit(By.id("deconnexion:bouton"));
        }
        driver.manage().deleteAllCookies();
    }

    /** Replaces the text of a field. */
    public void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** The text of the element, or "" if there is none. */
    public String text(By element) {
        List<WebElement> found = driver.findElements(element);
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focus reaches an element matching {@code target}; fails after {@code maxTabs}. */
    public WebElement tabTo(By target, int maxTabs) {
        WebElement wanted = driver.findElement(target);
        for (int i = 0; i < maxTabs; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (focused().equals(wanted)) {
                return wanted;
            }
        }
        throw new AssertionError("The keyboard never reached " + target + " in " + maxTabs + " presses of Tab");
    }

    /** Types into the focused element, as a keyboard does. */
    public void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Saves a full-width screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        OPEN.remove(this);
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile
        }
    }
}
