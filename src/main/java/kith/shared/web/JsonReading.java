package kith.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How the API reads JSON: strictly, so that a value of the wrong kind is a 400 naming its field instead of
 * being guessed at (an integer taken as a count of days since 1970, a date-time cut down to a date, 5 taken as
 * the name "5") or passed on to fail later as a 500 (a null inside a list, a null character that PostgreSQL
 * text cannot hold).
 */
@Configuration(proxyBeanMethods = false)
class JsonReading {

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder
                .addModule(new SimpleModule("kith-strict-values")
                        .addDeserializer(String.class, new TextWithoutNulCharacters())
                        .addDeserializer(LocalDate.class, new IsoDate()))
                // [null] in a list is never meant: refused, named by its index ("aliases[0]").
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // No scalar turns into another kind of scalar: text is a string, a number a number, a yes/no a boolean.
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, yesNo -> yesNo
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** A null character in text: PostgreSQL text cannot hold one, and no person types one. */
    static final class NulCharacter extends InvalidFormatException {
        NulCharacter(JsonParser parser, String value) {
            super(parser, "Text contains a null character", value, String.class);
        }
    }

    /** A date that is not a calendar date in the form 2015-03-04. */
    static final class NotAnIsoDate extends InvalidFormatException {
        NotAnIsoDate(JsonParser parser, Object value) {
            super(parser, "Not a date in the form YYYY-MM-DD", value, LocalDate.class);
        }
    }

    /** Every string the API reads, refused when it holds a null character. */
    static final class TextWithoutNulCharacters extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new NulCharacter(parser, text);
            }
            return text;
        }
    }

    /**
     * A date as ISO 8601 calendar date text only ("2015-03-04"): not a number, not a date-time, not 2015-02-30
     * turned into 2015-03-02.
     */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {
        private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
        private static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new NotAnIsoDate(parser, parser.currentToken() == null ? null : parser.getString());
            }
            String text = parser.getString();
            if (!SHAPE.matcher(text).matches()) {
                throw new NotAnIsoDate(parser, text);
            }
            try {
                return LocalDate.parse(text, FORMAT);
            } catch (DateTimeException e) {
                throw new NotAnIsoDate(parser, text);
            }
        }
    }
}
