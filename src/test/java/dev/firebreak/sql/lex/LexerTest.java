package dev.firebreak.sql.lex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<Token> tokens(String sql) {
        TokenList list = Lexer.lex(sql);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            tokens.add(list.token(i));
        }
        return tokens;
    }

    private static List<String> texts(String sql) {
        return tokens(sql).stream().map(Token::text).toList();
    }

    @Test
    void wordsCarryLineAndColumn() {
        assertThat(tokens("DROP\n  TABLE x;")).containsExactly(
                new Token(TokenType.WORD, "DROP", 1, 1), new Token(TokenType.WORD, "TABLE", 2, 3),
                new Token(TokenType.WORD, "x", 2, 9), new Token(TokenType.SEMICOLON, ";", 2, 10));
    }

    @Test
    void commentsDisappearIncludingNestedBlockComments() {
        assertThat(texts("a -- DROP TABLE x;\n/* one /* two; */ DROP TABLE y; */ b")).containsExactly("a", "b");
    }

    @Test
    void stringsWithDoubledQuotesAreOneToken() {
        assertThat(tokens("'it''s; DROP TABLE x' y")).extracting(Token::type)
                .containsExactly(TokenType.STRING, TokenType.WORD);
    }

    @Test
    void escapeStringsHonourBackslashQuotes() {
        assertThat(texts("E'a\\'; DROP TABLE x; ' z")).containsExactly("E'a\\'; DROP TABLE x; '", "z");
        // outside E'' a backslash is an ordinary character, so the string ends at the second quote
        assertThat(texts("'a\\' z")).containsExactly("'a\\'", "z");
    }

    @Test
    void unicodeStringsAndIdentifiers() {
        assertThat(tokens("U&'d\\0061t; a' U&\"t;x\"")).extracting(Token::type)
                .containsExactly(TokenType.STRING, TokenType.QUOTED_IDENT);
    }

    @Test
    void dollarQuotesWithAndWithoutTags() {
        assertThat(texts("$$ DROP TABLE x; $$ $fn$ a $$ b; $fn$ c")).containsExactly(
                "$$ DROP TABLE x; $$", "$fn$ a $$ b; $fn$", "c");
        assertThat(tokens("$1 a$b")).extracting(Token::type).containsExactly(TokenType.PARAM, TokenType.WORD);
    }

    @Test
    void quotedIdentifiersKeepSemicolonsAndQuotes() {
        assertThat(texts("\"we\"\"ird;\" x")).containsExactly("\"we\"\"ird;\"", "x");
    }

    @Test
    void psqlMetaCommandsAreSkippedToTheEndOfTheLineAndEndTheQuery() {
        assertThat(tokens("\\set ON_ERROR_STOP on\nSELECT 1 \\gset\nSELECT 2;")).extracting(Token::type).containsExactly(
                TokenType.SEMICOLON, TokenType.WORD, TokenType.NUMBER, TokenType.SEMICOLON, TokenType.WORD, TokenType.NUMBER,
                TokenType.SEMICOLON);
    }

    @Test
    void insideAHostLanguageStringABackslashIsAnEscape() {
        char[] text = "DROP TABLE \\\"users\\\"\\n".toCharArray();
        assertThat(Lexer.lex(text, 0, text.length, 1, 1, true).text(2)).isEqualTo("users");
    }

    @Test
    void multiLineTokensKeepCountingLines() {
        List<Token> tokens = tokens("'a\nb' /* c\nd */ $$\n$$ x");
        assertThat(tokens.get(tokens.size() - 1)).isEqualTo(new Token(TokenType.WORD, "x", 4, 4));
    }

    @Test
    void unterminatedInputBecomesAProblemWithItsPosition() {
        assertThat(Lexer.lex("SELECT 1;\n  'never closed").problems())
                .containsExactly(new LexProblem("unterminated string literal", 2, 3));
        assertThat(Lexer.lex("/* /* */").problems()).extracting(LexProblem::message).containsExactly("unterminated block comment");
        assertThat(Lexer.lex("$a$ body").problems()).extracting(LexProblem::message).containsExactly("unterminated dollar-quoted string");
        assertThat(Lexer.lex("\"ident").problems()).extracting(LexProblem::message).containsExactly("unterminated quoted identifier");
    }

    @Test
    void onlyDirectiveCommentsAreKept() {
        assertThat(Lexer.lex("-- plain\n/* firebreak:allow truncate reason=\"x\" */").comments())
                .containsExactly(new Comment("/* firebreak:allow truncate reason=\"x\" */", 2, 1));
    }

    @Test
    void aSliceReportsTheFilesPositions() {
        char[] text = "xx\nyy DROP t".toCharArray();
        TokenList list = Lexer.lex(text, 6, text.length, 2, 4, false);
        assertThat(list.token(0)).isEqualTo(new Token(TokenType.WORD, "DROP", 2, 4));
        assertThat(list.token(1)).isEqualTo(new Token(TokenType.WORD, "t", 2, 9));
    }
}
