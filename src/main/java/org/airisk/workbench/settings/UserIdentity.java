package org.airisk.workbench.settings;

import java.util.Objects;

/**
 * Who is working at this desktop, as they told the app once in Edit › Your details: recorded on every review
 * action, comment and audit entry. There are no accounts: this is what the user says, not a proof of who they are;
 * a digital signature is the strong form (docs/review.md).
 */
public record UserIdentity(String name, String role, String organisation) {
    public static final String NAME = "identity.name";
    public static final String ROLE = "identity.role";
    public static final String ORGANISATION = "identity.organisation";
    /** Longest name, role or organisation kept; longer text is refused with a message, never cut. */
    public static final int MAX_LENGTH = 200;
    /** Who is recorded while the user has not said who they are. */
    public static final UserIdentity UNKNOWN = new UserIdentity("", "", "");

    public UserIdentity {
        name = clean(name);
        role = clean(role);
        organisation = clean(organisation);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    public static UserIdentity read(Preferences preferences) {
        return new UserIdentity(
                preferences.get(NAME).orElse(""),
                preferences.get(ROLE).orElse(""),
                preferences.get(ORGANISATION).orElse(""));
    }

    public void save(Preferences preferences) {
        Objects.requireNonNull(preferences, "preferences");
        preferences.put(NAME, name);
        preferences.put(ROLE, role);
        preferences.put(ORGANISATION, organisation);
    }

    /** True once the user has given at least their name. */
    public boolean isKnown() {
        return !name.isEmpty();
    }

    /** The name as recorded on an action: the given name, or "Unnamed user" until one is given. */
    public String recordedName() {
        return isKnown() ? name : "Unnamed user";
    }

    /** One line for lists and reports: "Ada Lovelace, Chair (Ethics Board Ltd)". */
    public String describe() {
        StringBuilder text = new StringBuilder(recordedName());
        if (!role.isEmpty()) {
            text.append(", ").append(role);
        }
        if (!organisation.isEmpty()) {
            text.append(" (").append(organisation).append(')');
        }
        return text.toString();
    }

    /** Empty when acceptable, else one sentence naming what to change. */
    public String problem() {
        if (name.length() > MAX_LENGTH || role.length() > MAX_LENGTH || organisation.length() > MAX_LENGTH) {
            return "Keep your name, role and organisation under " + MAX_LENGTH + " characters each.";
        }
        if (!name.isEmpty() && name.chars().anyMatch(Character::isISOControl)) {
            return "Your name cannot contain line breaks or control characters.";
        }
        return "";
    }
}
