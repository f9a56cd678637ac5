package nl.vaardig.taxonomy.dutch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word → dense int id, for the aligner's arrays. Id 0 is the empty word (NULL) that unaligned tokens align to. */
final class Vocabulary {

    static final int NULL = 0;

    private final Map<String, Integer> ids = new HashMap<>();

    Vocabulary() {
        id("");
    }

    int id(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = ids.size();
            ids.put(word, id);
        }
        return id;
    }

    int[] ids(List<String> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = id(tokens.get(i));
        }
        return out;
    }
}
