package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word ↔ dense int id. Id 0 is the empty word (NULL) that unaligned tokens align to. */
final class Vocabulary {

    static final int NULL = 0;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    Vocabulary() {
        id("");
    }

    int id(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = words.size();
            ids.put(word, id);
            words.add(word);
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

    String word(int id) {
        return words.get(id);
    }

    int size() {
        return words.size();
    }
}
