package dev.dynasim.engine.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; never fails (unknown characters become INVALID tokens). */
final class Lexer {

    private Lexer() {
    }

    /** The tokens of the text, ending with one EOF token. */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            int start = i;
            if (isWordStart(c)) {
                i = scanWord(text, i + 1);
                tokens.add(new Token(TokenKind.NAME, text.substring(start, i), start, i));
            } else if (c == '#' || c == ':') {
                int end = scanWord(text, i + 1);
                if (end == i + 1) {
                    i++;
                    tokens.add(new Token(TokenKind.INVALID, text.substring(start, i), start, i));
                } else {
                    i = end;
                    TokenKind kind = c == '#' ? TokenKind.NAME_REF : TokenKind.VALUE_REF;
                    tokens.add(new Token(kind, text.substring(start, i), start, i));
                }
            } else if (c >= '0' && c <= '9') {
                while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                tokens.add(new Token(TokenKind.NUMBER, text.substring(start, i), start, i));
            } else if (c == '<' || c == '>') {
                i++;
                if (i < length && (text.charAt(i) == '=' || (c == '<' && text.charAt(i) == '>'))) {
                    i++;
                }
                tokens.add(new Token(TokenKind.SYMBOL, text.substring(start, i), start, i));
            } else if ("=()[],.+-".indexOf(c) >= 0) {
                i++;
                tokens.add(new Token(TokenKind.SYMBOL, String.valueOf(c), start, i));
            } else {
                i += Character.charCount(text.codePointAt(i));
                tokens.add(new Token(TokenKind.INVALID, text.substring(start, i), start, i));
            }
        }
        tokens.add(new Token(TokenKind.EOF, "<EOF>", length, length));
        return tokens;
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static int scanWord(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isWordStart(c) || (c >= '0' && c <= '9')) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
