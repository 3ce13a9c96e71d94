package dev.firebreak.sql.lex;

/** The token classes the rules need; comments and psql meta-commands never become tokens. */
public enum TokenType {
    /** An unquoted identifier or keyword. */
    WORD,
    /** {@code "Quoted"} or {@code U&"quoted"} identifier, quotes included. */
    QUOTED_IDENT,
    /** {@code '…'}, {@code E'…'}, {@code U&'…'}, {@code B'…'}, {@code X'…'}, quotes included. */
    STRING,
    /** {@code $$…$$} or {@code $tag$…$tag$}, delimiters included. */
    DOLLAR_STRING,
    NUMBER,
    /** {@code $1}. */
    PARAM,
    SEMICOLON,
    LPAREN,
    RPAREN,
    COMMA,
    DOT,
    /** Any other single character: operators, brackets, casts. */
    OPERATOR
}
