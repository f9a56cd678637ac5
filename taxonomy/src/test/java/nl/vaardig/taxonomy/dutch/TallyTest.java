package nl.vaardig.taxonomy.dutch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void mostCountedFormWithItsShareOfTheTotal() {
        var top = Tally.mostCounted(Map.of("beheren", 3, "beheer", 5, "managen", 2));
        assertEquals(new Tally("beheer", 5, 10), top);
        assertEquals(0.5, top.share(), 1e-12);
    }

    @Test
    void tiesGoToTheFormLastInStringOrderWhateverTheMapOrder() {
        var forward = new LinkedHashMap<String, Integer>();
        forward.put("opslaan", 2);
        forward.put("bewaren", 2);
        var backward = new LinkedHashMap<String, Integer>();
        backward.put("bewaren", 2);
        backward.put("opslaan", 2);
        assertEquals("opslaan", Tally.mostCounted(forward).form());
        assertEquals("opslaan", Tally.mostCounted(backward).form());
    }

    @Test
    void aCallerMayBreakTiesTheOtherWay() {
        var counts = Map.of("opslaan", 2, "bewaren", 2, "stockeren", 1);
        assertEquals("bewaren", Tally.mostCounted(counts, Comparator.reverseOrder()).form());
    }

    @Test
    void anEmptyTallyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Tally.mostCounted(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Tally("x", 3, 2));
    }
}
