package nl.vaardig.web.candidate;

import java.util.Locale;
import nl.vaardig.matching.model.ProfileId;

/**
 * How a candidate is named to employers and in their notifications: pseudonymous, so the candidate list, the
 * invitations and the mails all show the same label for one person without saying anything about them.
 */
public final class CandidateLabel {

    private CandidateLabel() {
    }

    /** "Kandidaat 7F3A": the first four hex digits of the random profile id; nothing about the person. */
    public static String of(ProfileId id, Locale locale) {
        String code = id.value().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        return ("en".equals(locale.getLanguage()) ? "Candidate " : "Kandidaat ") + code;
    }
}
