package nl.vaardig.taxonomy.dutch;

/**
 * Symmetrised word alignment of one pair: the links both IBM-1 directions agree on, grown to neighbouring links
 * that either direction proposed ("grow-diag-final", Koehn et al. 2003).
 */
final class Alignment {

    private final boolean[][] linked;

    private Alignment(boolean[][] linked) {
        this.linked = linked;
    }

    static Alignment symmetrise(int[] englishToDutch, int[] dutchToEnglish, int englishLength, int dutchLength) {
        // englishToDutch[j] = English position aligned to Dutch word j (model t(nl|en)); dutchToEnglish[i] = the reverse
        boolean[][] forward = new boolean[englishLength][dutchLength];
        boolean[][] backward = new boolean[englishLength][dutchLength];
        for (int j = 0; j < dutchLength; j++) {
            if (englishToDutch[j] >= 0) {
                forward[englishToDutch[j]][j] = true;
            }
        }
        for (int i = 0; i < englishLength; i++) {
            if (dutchToEnglish[i] >= 0) {
                backward[i][dutchToEnglish[i]] = true;
            }
        }
        boolean[][] a = new boolean[englishLength][dutchLength];
        boolean[] englishAligned = new boolean[englishLength];
        boolean[] dutchAligned = new boolean[dutchLength];
        for (int i = 0; i < englishLength; i++) {
            for (int j = 0; j < dutchLength; j++) {
                if (forward[i][j] && backward[i][j]) {
                    a[i][j] = true;
                    englishAligned[i] = true;
                    dutchAligned[j] = true;
                }
            }
        }
        boolean grown = true;
        while (grown) {
            grown = false;
            for (int i = 0; i < englishLength; i++) {
                for (int j = 0; j < dutchLength; j++) {
                    if (!a[i][j]) {
                        continue;
                    }
                    for (int di = -1; di <= 1; di++) {
                        for (int dj = -1; dj <= 1; dj++) {
                            int ni = i + di;
                            int nj = j + dj;
                            if ((di != 0 || dj != 0) && ni >= 0 && nj >= 0 && ni < englishLength && nj < dutchLength
                                    && !a[ni][nj] && (forward[ni][nj] || backward[ni][nj])
                                    && (!englishAligned[ni] || !dutchAligned[nj])) {
                                a[ni][nj] = true;
                                englishAligned[ni] = true;
                                dutchAligned[nj] = true;
                                grown = true;
                            }
                        }
                    }
                }
            }
        }
        for (int i = 0; i < englishLength; i++) {
            for (int j = 0; j < dutchLength; j++) {
                if (!a[i][j] && (forward[i][j] || backward[i][j]) && (!englishAligned[i] || !dutchAligned[j])) {
                    a[i][j] = true;
                    englishAligned[i] = true;
                    dutchAligned[j] = true;
                }
            }
        }
        return new Alignment(a);
    }

    boolean linked(int english, int dutch) {
        return linked[english][dutch];
    }

    int englishLength() {
        return linked.length;
    }

    boolean dutchAligned(int dutch) {
        for (boolean[] row : linked) {
            if (row[dutch]) {
                return true;
            }
        }
        return false;
    }
}
