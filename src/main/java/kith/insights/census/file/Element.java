package kith.insights.census.file;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a child's part of the file, with its text and child elements: a child's return is small, so it is
 * read whole, while the file as a whole streams past one child at a time.
 */
final class Element {

    final String name;
    final StringBuilder text = new StringBuilder();
    final List<Element> children = new ArrayList<>();

    Element(String name) {
        this.name = name;
    }

    Element first(String child) {
        for (Element e : children) {
            if (e.name.equals(child)) {
                return e;
            }
        }
        return null;
    }

    List<Element> all(String child) {
        return children.stream().filter(e -> e.name.equals(child)).toList();
    }

    /** The trimmed text of the named child element, or null when it is absent or empty. */
    String text(String child) {
        Element e = first(child);
        return e == null ? null : e.value();
    }

    /** This element's own trimmed text, or null when empty. */
    String value() {
        String value = text.toString().strip();
        return value.isEmpty() ? null : value;
    }
}
