package org.spplus.plugin.experiences.story.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.plugin.experiences.story.StoryForm;
import org.spplus.plugin.experiences.story.boundary.StoryDrafts;
import org.spplus.plugin.experiences.story.boundary.StorySubmissions;
import org.spplus.plugin.experiences.story.control.WizardSteps;
import org.spplus.plugin.experiences.web.BrowserCookies;

/**
 * The wizard's steps changed within the page: the page's script sends every field as JSON with what was asked
 * (save, next step, back, send), and gets back the step to show, the problems to show beside the fields, the
 * procedures step 2 offers and the review of step 3. The same draft, steps and checks as the whole pages
 * ({@link StoryWizardPage}), which remain the way without JavaScript. Only JSON is accepted: a page of another
 * site cannot send it (no form can, and a script would need this site's leave), and the draft's cookie is
 * {@code SameSite=Lax}.
 */
@WebServlet("/experiences/assistant")
public class StoryWizardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = 64 * 1024;
    private static final Jsonb JSON = JsonbBuilder.create();

    /** A procedure step 2 offers. */
    public record ProcedureChoice(String code, String label, boolean chosen) {
    }

    /**
     * The answer: the step to show, the problems by field ("" for the whole form), what steps 2 and 3 show, and
     * whether the story is sent.
     */
    public record Answer(int step, Map<String, String> problems, List<ProcedureChoice> procedures,
                         WizardSteps.Review review, boolean sent, boolean sentWithoutAccount) {
    }

    /** A refusal of the request itself (not of what was typed). */
    public record Refusal(String message) {
    }

    @Inject
    transient StoryDrafts drafts;

    @Inject
    transient WizardSteps steps;

    @Inject
    transient StorySubmissions submissions;

    @Inject
    transient CurrentUser user;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Cette adresse ne reçoit que les étapes envoyées par la page « Je donne mon avis ».");
            return;
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Votre récit est trop long pour être enregistré : raccourcissez-le.");
            return;
        }
        WizardInput input;
        try {
            input = JSON.fromJson(new String(bytes, StandardCharsets.UTF_8), WizardInput.class);
        } catch (JsonbException | ClassCastException e) {
            input = null;
        }
        if (input == null) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST,
                    "Cette étape n'a pas pu être lue : rechargez la page, ce que vous avez tapé est gardé.");
            return;
        }
        StoryDrafts.Opened draft = drafts.open(BrowserCookies.read(request, StoryWizardPage.DRAFT_COOKIE), true);
        if (draft.isNew()) {
            BrowserCookies.write(request, response, StoryWizardPage.DRAFT_COOKIE, draft.key(), StoryDrafts.KEEP_DAYS * 24 * 3600);
        }
        answer(response, step(input, draft));
    }

    private Answer step(WizardInput input, StoryDrafts.Opened draft) {
        StoryForm form = draft.form();
        Locale locale = "en".equals(input.language) ? Locale.ENGLISH : Locale.FRENCH;
        if (form.isSent()) { // sent twice (a double click, a second tab): one story, the same answer
            return sent(form);
        }
        String action = input.action == null ? WizardInput.SAVE : input.action;
        Map<String, String> problems = Map.of();
        if (!draft.found() && input.step > 1) {
            problems = Map.of("", StoryDrafts.NOT_FOUND);
        }
        steps.resume(form, input.step);
        input.applyTo(form);
        try {
            switch (action) {
                case WizardInput.NEXT -> steps.next(form);
                case WizardInput.BACK -> steps.back(form, input.to);
                case WizardInput.SEND -> {
                    if (form.getStep() != WizardSteps.LAST) {
                        break; // sent from a step not reached yet: saved, and that step shown again
                    }
                    StorySubmissions.Submitted submitted = submissions.submit(form, form.getProgress().getSubmissionKey());
                    form = form.afterSending(submitted.storyId(), user.get().isEmpty());
                }
                default -> {
                    // saved only
                }
            }
        } catch (InvalidInput refused) {
            problems = refused.problems();
        }
        drafts.save(draft.key(), form);
        if (form.isSent()) {
            return sent(form);
        }
        if (WizardInput.SAVE.equals(action)) { // a save while typing: the page shows nothing of the answer
            return new Answer(form.getStep(), problems, List.of(), null, false, false);
        }
        List<ProcedureChoice> procedures = List.of();
        if (form.getStep() == 2) {
            StoryForm current = form;
            procedures = steps.procedureChoices(form, form.getNetworks()).stream()
                    .map(p -> new ProcedureChoice(p.code(), p.label(), current.getProcedures().contains(p.code()))).toList();
        }
        WizardSteps.Review review = form.getStep() == WizardSteps.LAST ? steps.review(form, locale) : null;
        return new Answer(form.getStep(), problems, procedures, review, false, false);
    }

    private static Answer sent(StoryForm form) {
        return new Answer(WizardSteps.LAST, Map.of(), List.of(), null, true, form.getProgress().isSentWithoutAccount());
    }

    private static void answer(HttpServletResponse response, Object answer) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.toJson(answer).getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        answer(response, new Refusal(message));
    }
}
