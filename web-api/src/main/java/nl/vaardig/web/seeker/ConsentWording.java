package nl.vaardig.web.seeker;

/**
 * The version of the consent texts the consent screen shows (frontend seeker/consentTexts). Stored with every
 * consent record, so it stays provable what a person agreed to; change it whenever the wording changes.
 */
public final class ConsentWording {

    public static final String VERSION = "2026-12-v1";

    private ConsentWording() {
    }
}
