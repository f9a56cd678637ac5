package nl.vaardig.web.lmi.read;

import nl.vaardig.web.lmi.disclosure.DisclosureControl;

/** A published count of people as the API shows it: the value, or suppressed (fewer than 10 people behind it). */
public record Count(Long value, boolean suppressed) {

    public static Count of(DisclosureControl.Cell cell) {
        return new Count(cell.value(), cell.suppressed());
    }

    public DisclosureControl.Cell cell() {
        return new DisclosureControl.Cell(value);
    }
}
