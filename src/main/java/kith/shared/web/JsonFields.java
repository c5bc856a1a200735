package kith.shared.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Names the JSON field a reading failure is about ("aliases[0].givenName") and says how to put it right. */
final class JsonFields {

    private JsonFields() {}

    static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static String message(String field, DatabindException e) {
        if (e instanceof JsonReading.NulCharacter) {
            return "Remove the null character from " + field;
        }
        if (e instanceof JsonReading.NotAnIsoDate) {
            return "Enter " + field + " as a date in the form YYYY-MM-DD, like 2015-03-04";
        }
        if (e instanceof InvalidNullException) {
            return "Remove the null from " + field + ", or leave " + field + " out";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "Enter " + field + " as one of " + String.join(", ", names(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Enter " + field + " as " + kind(mismatch.getTargetType());
        }
        return "Enter " + field + " in the right format";
    }

    private static String kind(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date in the form YYYY-MM-DD, like 2015-03-04";
        }
        if (type == UUID.class) {
            return "an id, like 3f1c2f9e-0d4b-4a57-9a2e-6c1d8b7e5a10";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", names(type));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "the right kind of value";
    }

    private static List<String> names(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }
}
