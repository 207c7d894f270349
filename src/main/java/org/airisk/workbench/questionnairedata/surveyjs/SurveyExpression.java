package org.airisk.workbench.questionnairedata.surveyjs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SurveyJS expression ({@code visibleIf} and friends) read into a tree: {@code {q} = 'v'}, {@code !=},
 * {@code contains}, {@code anyof [...]}, {@code empty}/{@code notempty}, comparisons, {@code and}/{@code or}/
 * {@code !} and parentheses, nested. Functions and arithmetic are read too, so that they can be reported by name
 * rather than as a syntax error. A malformed expression comes back as a {@link Parsed} with a problem; reading never
 * throws.
 */
public final class SurveyExpression {
    /** Deeper nesting than any hand-written survey uses; past it the expression is reported, not followed. */
    static final int MAX_DEPTH = 64;

    /** One node of an expression. */
    public sealed interface Node {}

    /** {@code {name}}: the value of a question (or a matrix row, {@code {matrix.row}}). */
    public record Variable(String name) implements Node {}

    /** A text, number or true/false; {@code null} for SurveyJS's {@code null}/{@code undefined}. */
    public record Literal(Object value) implements Node {}

    public record ListOf(List<Node> items) implements Node {
        public ListOf {
            items = List.copyOf(items);
        }
    }

    /** A comparison ({@code =}, {@code !=}, {@code <}, {@code contains}, {@code anyof}, ...) or arithmetic. */
    public record Binary(String operator, Node left, Node right) implements Node {}

    /** {@code {q} empty} or {@code {q} notempty}. */
    public record Emptiness(Node operand, boolean empty) implements Node {}

    public record And(List<Node> parts) implements Node {
        public And {
            parts = List.copyOf(parts);
        }
    }

    public record Or(List<Node> parts) implements Node {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    public record Not(Node operand) implements Node {}

    public record Function(String name, List<Node> arguments) implements Node {
        public Function {
            arguments = List.copyOf(arguments);
        }
    }

    /** The tree, or why the text is not an expression (with the place it went wrong). */
    public record Parsed(Node node, String problem) {
        public boolean ok() {
            return node != null;
        }
    }

    /** Word operators and their symbol forms, to one spelling each. */
    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("=", "="),
            Map.entry("==", "="),
            Map.entry("equal", "="),
            Map.entry("!=", "!="),
            Map.entry("<>", "!="),
            Map.entry("notequal", "!="),
            Map.entry("<", "<"),
            Map.entry("less", "<"),
            Map.entry("<=", "<="),
            Map.entry("lessorequal", "<="),
            Map.entry(">", ">"),
            Map.entry("greater", ">"),
            Map.entry(">=", ">="),
            Map.entry("greaterorequal", ">="),
            Map.entry("contains", "contains"),
            Map.entry("*=", "contains"),
            Map.entry("notcontains", "notcontains"),
            Map.entry("anyof", "anyof"),
            Map.entry("allof", "allof"),
            Map.entry("noneof", "noneof"));

    private SurveyExpression() {}

    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, "the expression is empty");
        }
        try {
            Parser parser = new Parser(Tokens.of(text));
            Node node = parser.or(0);
            if (!parser.atEnd()) {
                throw new Malformed("unexpected '" + parser.peek().text() + "' at character "
                        + (parser.peek().at() + 1));
            }
            return new Parsed(node, null);
        } catch (Malformed e) {
            return new Parsed(null, e.getMessage());
        }
    }

    /** Why an expression could not be read; caught in {@link #parse}, never leaves this class. */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    enum Kind {
        VARIABLE,
        TEXT,
        NUMBER,
        WORD,
        SYMBOL
    }

    record Token(Kind kind, String text, int at) {
        boolean is(String symbolOrWord) {
            return (kind == Kind.SYMBOL || kind == Kind.WORD) && text.equalsIgnoreCase(symbolOrWord);
        }
    }

    /** Splits the text into tokens. */
    static final class Tokens {
        private static final String TWO_CHARACTER = "==!=<><=>=&&||*=";

        static List<Token> of(String text) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '{') {
                    i = variable(text, i, tokens);
                } else if (c == '\'' || c == '"') {
                    i = quoted(text, i, tokens);
                } else if (Character.isDigit(c)
                        || (c == '-'
                                && i + 1 < text.length()
                                && Character.isDigit(text.charAt(i + 1))
                                && startsOperand(tokens))) {
                    int j = i + 1;
                    while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                        j++;
                    }
                    tokens.add(new Token(Kind.NUMBER, text.substring(i, j), i));
                    i = j;
                } else if (Character.isLetter(c) || c == '_') {
                    int j = i + 1;
                    while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                        j++;
                    }
                    tokens.add(new Token(Kind.WORD, text.substring(i, j), i));
                    i = j;
                } else if (i + 1 < text.length() && pairAt(text, i)) {
                    tokens.add(new Token(Kind.SYMBOL, text.substring(i, i + 2), i));
                    i += 2;
                } else if ("=<>!()[],+-*/%".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
                    i++;
                } else {
                    throw new Malformed("'" + c + "' at character " + (i + 1) + " is not part of an expression");
                }
            }
            return tokens;
        }

        /** Reads the question named in braces at {@code i}; returns where the next token may start. */
        private static int variable(String text, int i, List<Token> tokens) {
            int end = text.indexOf('}', i);
            if (end < 0) {
                throw new Malformed("'{' at character " + (i + 1) + " is not closed with '}'");
            }
            String name = text.substring(i + 1, end).strip();
            if (name.isEmpty()) {
                throw new Malformed("'{}' at character " + (i + 1) + " names no question");
            }
            tokens.add(new Token(Kind.VARIABLE, name, i));
            return end + 1;
        }

        /** Reads the quoted text at {@code i}, a backslash keeping the next character; returns where the next may start. */
        private static int quoted(String text, int i, List<Token> tokens) {
            char c = text.charAt(i);
            StringBuilder value = new StringBuilder();
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != c) {
                if (text.charAt(j) == '\\' && j + 1 < text.length()) {
                    j++;
                }
                value.append(text.charAt(j));
                j++;
            }
            if (j >= text.length()) {
                throw new Malformed("the text starting at character " + (i + 1) + " is not closed with " + c);
            }
            tokens.add(new Token(Kind.TEXT, value.toString(), i));
            return j + 1;
        }

        private static boolean pairAt(String text, int i) {
            String pair = text.substring(i, i + 2);
            for (int k = 0; k < TWO_CHARACTER.length(); k += 2) {
                if (TWO_CHARACTER.startsWith(pair, k)) {
                    return true;
                }
            }
            return false;
        }

        /** A minus starts a negative number where an operand is expected, not after one. */
        private static boolean startsOperand(List<Token> tokens) {
            if (tokens.isEmpty()) {
                return true;
            }
            Token last = tokens.get(tokens.size() - 1);
            return last.kind() == Kind.SYMBOL
                    ? !last.text().equals(")") && !last.text().equals("]")
                    : last.kind() == Kind.WORD
                            && OPERATORS.containsKey(last.text().toLowerCase(Locale.ROOT));
        }
    }

    /** Recursive descent: or, and, not, comparison, arithmetic, operand. */
    private static final class Parser {
        private final List<Token> tokens;
        private int next;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean atEnd() {
            return next >= tokens.size();
        }

        Token peek() {
            return tokens.get(next);
        }

        private boolean accept(String symbol) {
            if (!atEnd() && peek().is(symbol)) {
                next++;
                return true;
            }
            return false;
        }

        private void expect(String symbol) {
            if (!accept(symbol)) {
                throw new Malformed(
                        atEnd()
                                ? "the expression ends where '" + symbol + "' is expected"
                                : "'" + symbol + "' is expected at character " + (peek().at() + 1) + ", not '"
                                        + peek().text() + "'");
            }
        }

        private static void depth(int depth) {
            if (depth > MAX_DEPTH) {
                throw new Malformed("the expression nests more than " + MAX_DEPTH + " levels deep");
            }
        }

        Node or(int depth) {
            depth(depth);
            List<Node> parts = new ArrayList<>(List.of(and(depth + 1)));
            while (accept("or") || accept("||")) {
                parts.add(and(depth + 1));
            }
            return parts.size() == 1 ? parts.get(0) : new Or(parts);
        }

        private Node and(int depth) {
            List<Node> parts = new ArrayList<>(List.of(not(depth + 1)));
            while (accept("and") || accept("&&")) {
                parts.add(not(depth + 1));
            }
            return parts.size() == 1 ? parts.get(0) : new And(parts);
        }

        private Node not(int depth) {
            depth(depth);
            if (accept("!") || accept("not")) {
                return new Not(not(depth + 1));
            }
            return comparison(depth + 1);
        }

        private Node comparison(int depth) {
            Node left = arithmetic(depth);
            if (accept("empty")) {
                return new Emptiness(left, true);
            }
            if (accept("notempty")) {
                return new Emptiness(left, false);
            }
            if (!atEnd()) {
                String operator = OPERATORS.get(peek().text().toLowerCase(Locale.ROOT));
                if (operator != null && (peek().kind() == Kind.SYMBOL || peek().kind() == Kind.WORD)) {
                    next++;
                    return new Binary(operator, left, arithmetic(depth));
                }
            }
            return left;
        }

        private Node arithmetic(int depth) {
            Node left = operand(depth);
            while (!atEnd() && peek().kind() == Kind.SYMBOL && "+-*/%".contains(peek().text())) {
                String operator = tokens.get(next++).text();
                left = new Binary(operator, left, operand(depth));
            }
            return left;
        }

        private Node operand(int depth) {
            depth(depth);
            if (atEnd()) {
                throw new Malformed("the expression ends where a value is expected");
            }
            Token token = tokens.get(next++);
            switch (token.kind()) {
                case VARIABLE:
                    return new Variable(token.text());
                case TEXT:
                    return new Literal(token.text());
                case NUMBER:
                    try {
                        return new Literal(new BigDecimal(token.text()));
                    } catch (NumberFormatException e) {
                        throw new Malformed(
                                "'" + token.text() + "' at character " + (token.at() + 1) + " is not a number");
                    }
                case WORD:
                    return word(token, depth);
                default:
                    if (token.is("(")) {
                        Node inner = or(depth + 1);
                        expect(")");
                        return inner;
                    }
                    if (token.is("[")) {
                        return new ListOf(items("]", depth));
                    }
                    throw new Malformed(
                            "'" + token.text() + "' at character " + (token.at() + 1) + " cannot start a value");
            }
        }

        private Node word(Token token, int depth) {
            String word = token.text().toLowerCase(Locale.ROOT);
            if (word.equals("true") || word.equals("false")) {
                return new Literal(Boolean.valueOf(word));
            }
            if (word.equals("null") || word.equals("undefined")) {
                return new Literal(null);
            }
            if (accept("(")) {
                return new Function(token.text(), items(")", depth));
            }
            throw new Malformed("'" + token.text() + "' at character " + (token.at() + 1)
                    + " is not a value; texts are written in quotes and questions in {braces}");
        }

        private List<Node> items(String close, int depth) {
            List<Node> items = new ArrayList<>();
            if (accept(close)) {
                return items;
            }
            do {
                items.add(or(depth + 1));
            } while (accept(","));
            expect(close);
            return items;
        }
    }
}
