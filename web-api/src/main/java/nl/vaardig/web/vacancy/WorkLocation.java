package nl.vaardig.web.vacancy;

import nl.vaardig.matching.model.GeoPoint;

/** Where the work is: the gemeente and/or a point; at least one of the two. */
public record WorkLocation(String gemeente, GeoPoint point) {
    public WorkLocation {
        gemeente = gemeente == null || gemeente.isBlank() ? null : gemeente.strip();
        if (gemeente == null && point == null) {
            throw new IllegalArgumentException("a work location needs a gemeente or a point");
        }
        if (gemeente != null && gemeente.length() > 100) {
            throw new IllegalArgumentException("gemeente is longer than 100 characters");
        }
    }
}
