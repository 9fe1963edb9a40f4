package org.spplus.plugin.experiences.story.web;

import java.util.ArrayList;
import java.util.List;
import org.spplus.plugin.experiences.story.StoryForm;

/**
 * What the wizard's page sends when it changes step without reloading: the step it shows, what was asked
 * ({@value #SAVE}, {@value #NEXT}, {@value #BACK} with the step wanted, {@value #SEND}) and every field of
 * the three steps as typed. Read from JSON; nothing is checked here (the steps and the submission check).
 */
public class WizardInput {

    public static final String SAVE = "enregistrer";
    public static final String NEXT = "suivant";
    public static final String BACK = "retour";
    public static final String SEND = "envoyer";

    public String action = SAVE;
    public int step = 1;
    public int to = 1;
    public String language = "fr";
    public String title = "";
    public String body = "";
    public String authorKind = "";
    public String feeling = "";
    public List<String> networks = new ArrayList<>();
    public List<String> procedures = new ArrayList<>();
    public List<StoryForm.Channel> channels = new ArrayList<>();
    public String departement = "";
    public String email = "";
    public String postalCode = "";
    public boolean charter;

    /** Puts what was typed in the draft (the services chosen for networks still ticked are kept). */
    void applyTo(StoryForm form) {
        form.setTitle(text(title));
        form.setBody(text(body));
        form.setAuthorKind(text(authorKind));
        form.setFeeling(text(feeling));
        form.chooseNetworks(strings(networks));
        form.setProcedures(new ArrayList<>(strings(procedures)));
        List<StoryForm.Channel> ticked = new ArrayList<>();
        if (channels != null) {
            for (StoryForm.Channel channel : channels) {
                if (channel != null && channel.getCode() != null) {
                    ticked.add(new StoryForm.Channel(channel.getCode(), text(channel.getFeeling())));
                }
            }
        }
        form.setChannels(ticked);
        form.setDepartementCode(text(departement));
        form.setEmail(text(email));
        form.setPostalCode(text(postalCode));
        form.setCharterAccepted(charter);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
