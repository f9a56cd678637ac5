package nl.vaardig.taxonomy.extract.text;

/**
 * A sentence or list item of the prepared text (view offsets). {@code heading} marks a short line that
 * introduces a section ("Wat vragen wij?", "Benefits"); {@code line} numbers the source line, {@code
 * firstLine} says it is in the first non-empty lines, where vacancy titles are.
 */
public record Segment(int start, int end, int line, boolean heading, boolean bullet, boolean firstLine) {

    public Segment {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad segment " + start + ".." + end);
        }
    }

    public String text(String view) {
        return view.substring(start, end);
    }
}
