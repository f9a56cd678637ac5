package nl.vaardig.web.badge;

import org.springframework.http.HttpStatus;

/**
 * A badge file Vaardig cannot take, with a Dutch and English reason a person can act on. Thrown before anything is
 * stored, so a refused file changes nothing.
 */
public final class BadgeRejected extends RuntimeException {

    /** Why a file was refused; the problem document carries the name as {@code code}. */
    public enum Reason {
        EMPTY(HttpStatus.BAD_REQUEST, "Het bestand is leeg. Kies het badgebestand dat je bij de uitgever hebt gedownload.",
                "The file is empty. Choose the badge file you downloaded from the issuer."),
        TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Het bestand is groter dan 2 MB. Een badge is veel kleiner: kies het badgebestand zelf (JSON, PNG of SVG).",
                "The file is larger than 2 MB. A badge is much smaller: choose the badge file itself (JSON, PNG or SVG)."),
        NOT_A_BADGE_FILE(HttpStatus.BAD_REQUEST, "Dit is geen badgebestand. Kies een Open Badge als JSON-, PNG- of SVG-bestand, zoals je die bij edubadges downloadt.",
                "This is not a badge file. Choose an Open Badge as a JSON, PNG or SVG file, as edubadges lets you download it."),
        BROKEN_JSON(HttpStatus.BAD_REQUEST, "Het bestand lijkt JSON, maar is beschadigd of onvolledig. Download de badge opnieuw bij de uitgever.",
                "The file looks like JSON but is damaged or incomplete. Download the badge again from the issuer."),
        BROKEN_IMAGE(HttpStatus.BAD_REQUEST, "De afbeelding is beschadigd. Download de badge opnieuw bij de uitgever.",
                "The image is damaged. Download the badge again from the issuer."),
        PNG_WITHOUT_BADGE(HttpStatus.BAD_REQUEST, "Deze PNG-afbeelding bevat geen badgegegevens (geen 'openbadges'-blok): het is alleen het plaatje. "
                + "Download de badge bij de uitgever als 'gebakken' afbeelding of als JSON.",
                "This PNG image holds no badge data (no 'openbadges' chunk): it is only the picture. "
                + "Download the badge from the issuer as a 'baked' image or as JSON."),
        SVG_WITHOUT_BADGE(HttpStatus.BAD_REQUEST, "Deze SVG-afbeelding bevat geen badgegegevens (geen 'openbadges:assertion'): het is alleen het plaatje. "
                + "Download de badge bij de uitgever als 'gebakken' afbeelding of als JSON.",
                "This SVG image holds no badge data (no 'openbadges:assertion'): it is only the picture. "
                + "Download the badge from the issuer as a 'baked' image or as JSON."),
        NOT_AN_OPEN_BADGE(HttpStatus.BAD_REQUEST, "Het bestand bevat gegevens, maar geen Open Badge (een 2.0-assertion of 3.0-credential).",
                "The file holds data, but no Open Badge (a 2.0 assertion or 3.0 credential)."),
        ONLY_LINKED(HttpStatus.UNPROCESSABLE_CONTENT, "De badge verwijst voor zijn beschrijving naar een internetadres, en Vaardig haalt niets van internet op. "
                + "Download de badge als JSON-bestand waarin de beschrijving staat.",
                "The badge points to its description at a web address, and Vaardig fetches nothing from the internet. "
                + "Download the badge as a JSON file that contains the description."),
        NO_ESCO_ALIGNMENT(HttpStatus.UNPROCESSABLE_CONTENT, "De badge noemt geen ESCO-vaardigheden, dus Vaardig weet niet bij welke vaardigheid hij hoort. "
                + "Vraag de uitgever om de badge aan ESCO te koppelen, of voeg de vaardigheid zelf toe met een beschrijving als bewijs.",
                "The badge names no ESCO skills, so Vaardig cannot tell which skill it belongs to. "
                + "Ask the issuer to align the badge to ESCO, or add the skill yourself with a description as proof."),
        UNKNOWN_SKILLS(HttpStatus.UNPROCESSABLE_CONTENT, "De badge noemt alleen ESCO-vaardigheden die Vaardig niet kent (een andere ESCO-versie?). "
                + "Er is niets toegevoegd.",
                "The badge names only ESCO skills Vaardig does not know (another ESCO version?). Nothing was added."),
        ALREADY_IMPORTED(HttpStatus.CONFLICT, "Deze badge staat al bij je bewijzen.", "This badge is already among your evidence.");

        final HttpStatus status;
        final String dutch;
        final String english;

        Reason(HttpStatus status, String dutch, String english) {
            this.status = status;
            this.dutch = dutch;
            this.english = english;
        }
    }

    private final Reason reason;

    public BadgeRejected(Reason reason) {
        super(reason.english);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
