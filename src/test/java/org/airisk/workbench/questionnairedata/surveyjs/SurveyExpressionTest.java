package org.airisk.workbench.questionnairedata.surveyjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.airisk.workbench.questionnairedata.surveyjs.SurveyExpression.And;
import org.airisk.workbench.questionnairedata.surveyjs.SurveyExpression.Binary;
import org.airisk.workbench.questionnairedata.surveyjs.SurveyExpression.Emptiness;
import org.airisk.workbench.questionnairedata.surveyjs.SurveyExpression.ListOf;
import org.airisk.workbench.questionnairedata.surveyjs.SurveyExpression.Literal;
import org.airisk.workbench.questionnairedata.surveyjs.SurveyExpression.Not;
import org.airisk.workbench.questionnairedata.surveyjs.SurveyExpression.Or;
import org.airisk.workbench.questionnairedata.surveyjs.SurveyExpression.Variable;
import org.junit.jupiter.api.Test;

/** Reading SurveyJS expressions: every construct, precedence, and malformed text reported, never thrown. */
class SurveyExpressionTest {
    private static SurveyExpression.Node parse(String text) {
        SurveyExpression.Parsed parsed = SurveyExpression.parse(text);
        assertTrue(parsed.ok(), text + ": " + parsed.problem());
        return parsed.node();
    }

    @Test
    void comparisonsInEverySpelling() {
        Binary expected = new Binary("=", new Variable("q"), new Literal("v"));
        assertEquals(expected, parse("{q} = 'v'"));
        assertEquals(expected, parse("{q} == \"v\""));
        assertEquals(expected, parse("{q} equal 'v'"));
        assertEquals(new Binary("!=", new Variable("q"), new Literal("v")), parse("{q} <> 'v'"));
        assertEquals(new Binary("!=", new Variable("q"), new Literal("v")), parse("{q} notequal 'v'"));
        assertEquals(new Binary("contains", new Variable("q"), new Literal("v")), parse("{q} contains 'v'"));
        assertEquals(new Binary(">=", new Variable("age"), new Literal(new BigDecimal("18"))), parse("{age} >= 18"));
        assertEquals(new Binary("<", new Variable("t"), new Literal(new BigDecimal("-2.5"))), parse("{t} < -2.5"));
        assertEquals(new Binary("=", new Variable("b"), new Literal(true)), parse("{b} = true"));
        assertEquals(new Binary("=", new Variable("m.row 1"), new Literal("it's")), parse("{m.row 1} = 'it\\'s'"));
    }

    @Test
    void listsAndEmptiness() {
        assertEquals(
                new Binary("anyof", new Variable("q"), new ListOf(List.of(new Literal("a"), new Literal("b")))),
                parse("{q} anyof ['a', 'b']"));
        assertEquals(new Emptiness(new Variable("q"), false), parse("{q} notempty"));
        assertEquals(new Emptiness(new Variable("q"), true), parse("{q} empty"));
    }

    @Test
    void andBindsTighterThanOrAndParenthesesOverride() {
        SurveyExpression.Node node = parse("{a} = 1 or {b} = 2 and {c} = 3");
        Or or = assertInstanceOf(Or.class, node);
        assertInstanceOf(And.class, or.parts().get(1));

        And and = assertInstanceOf(And.class, parse("({a} = 1 || {b} = 2) && !({c} notempty)"));
        assertInstanceOf(Or.class, and.parts().get(0));
        Not not = assertInstanceOf(Not.class, and.parts().get(1));
        assertInstanceOf(Emptiness.class, not.operand());
    }

    @Test
    void functionsAndArithmeticAreReadToBeReportedByName() {
        assertInstanceOf(Binary.class, parse("age({birth}) >= 18"));
        assertInstanceOf(SurveyExpression.Function.class, parse("iif({a} = 1, true, false)"));
        assertEquals("+", ((Binary) ((Binary) parse("{a} + {b} > 3")).left()).operator());
    }

    @Test
    void malformedExpressionsSayWhereTheyGoWrong() {
        for (String bad : List.of(
                "{q} = ",
                "{q = 'a'",
                "{q} = 'a",
                "({q} = 'a'",
                "{q} = 'a')",
                "{} = 1",
                "{q} = 'a' and",
                "{q} # 1",
                "word",
                "{q} anyof ['a',",
                "and {q} = 1",
                "1.2.3 = {q}")) {
            SurveyExpression.Parsed parsed = SurveyExpression.parse(bad);
            assertFalse(parsed.ok(), bad);
            assertFalse(parsed.problem().isBlank(), bad);
        }
        assertFalse(SurveyExpression.parse("").ok());
        assertFalse(SurveyExpression.parse(null).ok());
    }

    @Test
    void deepNestingIsReportedNotAStackOverflow() {
        String deep = "(".repeat(5000) + "{q} = 1" + ")".repeat(5000);
        SurveyExpression.Parsed parsed = SurveyExpression.parse(deep);
        assertFalse(parsed.ok());
        assertTrue(parsed.problem().contains("nests more than"), parsed.problem());
        assertTrue(
                SurveyExpression.parse("!".repeat(5000) + "{q} = 1").problem().contains("nests"));
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(20);
        String alphabet = "{}()[]'\"=!<>&|,.-+*/%aoq1 xyzandornotemptyanyof\\";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            SurveyExpression.Parsed parsed = SurveyExpression.parse(text.toString());
            assertTrue(parsed.ok() != (parsed.problem() != null), text.toString());
        }
    }
}
