package org.spplus.webapp.experiences;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The procedures of the wizard's second step, as a person sees them: boxes to tick, each with its label. */
final class WizardProcedures {

    private WizardProcedures() {
    }

    /** The labels of the procedures offered (chosen, suggested from the story, found by a search). */
    static List<String> offered(WebDriver driver) {
        return boxes(driver).stream().map(box -> label(driver, box)).toList();
    }

    /** The labels of the procedures ticked. */
    static List<String> ticked(WebDriver driver) {
        return boxes(driver).stream().filter(WebElement::isSelected).map(box -> label(driver, box)).toList();
    }

    /** Ticks a procedure by clicking its label. */
    static void tick(WebDriver driver, String label) {
        driver.findElement(By.xpath("//table[@id='assistant:demarches']//label[normalize-space()=\"" + label + "\"]"))
                .click();
    }

    private static List<WebElement> boxes(WebDriver driver) {
        return driver.findElements(By.cssSelector("input[name='assistant:demarches']"));
    }

    private static String label(WebDriver driver, WebElement box) {
        return driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText().strip();
    }
}
