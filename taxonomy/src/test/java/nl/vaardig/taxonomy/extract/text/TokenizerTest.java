package nl.vaardig.taxonomy.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> norms(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::norm).toList();
    }

    @Test
    void toolNamesWithSignsAndDotsStayWhole() {
        assertThat(norms("C#, C++ en node.js; ervaring met ASP.NET")).containsExactly("c#", "c++", "en", "node.js", "ervaring", "met", "asp.net");
    }

    @Test
    void slashesAndHyphensSplitWords() {
        assertThat(norms("HTML/CSS en full-stack")).containsExactly("html", "css", "en", "full", "stack");
    }

    @Test
    void possessiveAndPluralApostrophesAreDropped() {
        assertThat(norms("the company's goals, cv's en auto's")).containsExactly("the", "company", "goals", "cv", "en", "auto");
    }

    @Test
    void caseAndDiacriticsAreFolded() {
        assertThat(norms("Coördinatie CAFÉ Één")).containsExactly("coordinatie", "cafe", "een");
    }

    @Test
    void aSentenceEndWithoutSpaceDoesNotGlueWords() {
        assertThat(norms("ervaring.Je bent")).containsExactly("ervaring", "je", "bent");
    }

    @Test
    void tokensRememberOffsetsAndCapitals() {
        List<Token> tokens = Tokenizer.tokenize("Kennis van LESS");
        assertThat(tokens.get(2)).isEqualTo(new Token("less", 11, 15, true, true));
        assertThat(tokens.get(0).capitalised()).isTrue();
        assertThat(tokens.get(1).capitalised()).isFalse();
    }
}
