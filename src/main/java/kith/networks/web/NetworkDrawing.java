package kith.networks.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kith.networks.NetworkMap;
import kith.networks.NetworkMap.Member;
import kith.networks.NetworkMap.MemberTie;
import kith.networks.NetworkMap.Professional;
import kith.networks.NetworkMap.Sector;
import kith.networks.TieKind;
import kith.people.RelationshipType;

/**
 * Where each person and line of a child's network map goes, worked out on the server so the picture needs no
 * JavaScript: an ecomap (the child in the middle; family above, friends and community below left, professionals below
 * right; nearer rings for closer people; the line's style for the tie) or a genogram (a row for each generation). The
 * template draws the SVG from it; the table beside it says the same in words.
 */
record NetworkDrawing(int width, int height, List<Node> nodes, List<Line> lines, List<Integer> rings) {

    /** A person drawn: {@code key} is the member's key ("child", "m1", "p1"), {@code label} the words under them. */
    record Node(String key, int x, int y, String label, String sector) {}

    /**
     * A line between two people: {@code style} is strong, moderate, weak, stressful, plain (no tie recorded, or a
     * restricted record) or family (a tie between members); {@code path} is the SVG path's d.
     */
    record Line(String fromKey, String toKey, String style, String path) {

        public int strokeWidth() {
            return switch (style) {
                case "strong" -> 6;
                case "moderate", "stressful", "child" -> 3;
                default -> 2;
            };
        }

        /** The dashes of a weak tie, of a tie between members and of a line with nothing recorded; none otherwise. */
        public String dashes() {
            return switch (style) {
                case "weak" -> "10 8";
                case "plain" -> "2 6";
                case "family" -> "6 4";
                default -> null;
            };
        }

        public String colour() {
            return switch (style) {
                case "stressful" -> "#d4351c";
                case "family" -> "#1d70b8";
                case "plain" -> "#505a5f";
                default -> "#0b0c0c";
            };
        }
    }

    static final String CHILD = "child";
    private static final int SIZE = 1000;
    private static final int CENTRE = SIZE / 2;
    private static final List<Integer> RINGS = List.of(150, 290, 430);

    static NetworkDrawing ecomap(NetworkMap map) {
        List<Node> nodes = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        nodes.add(new Node(CHILD, CENTRE, CENTRE, map.child().name(), "child"));
        place(map.members().stream().filter(m -> m.sector() == Sector.FAMILY).toList(), 195, 345, nodes, lines);
        place(map.members().stream().filter(m -> m.sector() == Sector.FRIENDS_AND_COMMUNITY).toList(), 100, 175,
                nodes, lines);
        List<Professional> professionals = map.professionals();
        for (int i = 0; i < professionals.size(); i++) {
            Professional p = professionals.get(i);
            double angle = spread(i, professionals.size(), 5, 80);
            int radius = RINGS.get(1) + (i % 2 == 0 ? 0 : 60);
            Node node = at(p.key(), p.name(), "professional", angle, radius);
            nodes.add(node);
            lines.add(new Line(CHILD, p.key(), "plain", straight(CENTRE, CENTRE, node.x(), node.y())));
        }
        return new NetworkDrawing(SIZE, SIZE, nodes, lines, RINGS);
    }

    private static void place(List<Member> members, double from, double to, List<Node> nodes, List<Line> lines) {
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            int ring = m.details() == null ? 3 : m.details().closeness().ring();
            // Alternate people in a crowded sector in and out a little, so that neighbours' names do not overlap.
            int radius = RINGS.get(ring - 1) + (members.size() > 8 && i % 2 == 1 ? 45 : 0);
            Node node = at(m.key(), name(m), m.sector().name().toLowerCase(Locale.UK), spread(i, members.size(), from, to),
                    radius);
            nodes.add(node);
            String style = m.withheld() || m.details() == null ? "plain" : style(m.details().tie());
            String path = m.details() != null && m.details().tie() == TieKind.STRESSFUL
                    ? zigzag(CENTRE, CENTRE, node.x(), node.y()) : straight(CENTRE, CENTRE, node.x(), node.y());
            lines.add(new Line(CHILD, m.key(), style, path));
        }
    }

    /** The genogram: grandparents above parents, aunts and uncles beside parents, siblings and cousins beside the child. */
    static NetworkDrawing genogram(NetworkMap map) {
        Map<Integer, List<Member>> rows = new HashMap<>();
        map.members().stream()
                .filter(m -> !m.withheld() && m.relationship() != null && NetworkMap.family(m.relationship()))
                .forEach(m -> rows.computeIfAbsent(generation(m.relationship()), g -> new ArrayList<>()).add(m));
        int widest = rows.values().stream().mapToInt(List::size).max().orElse(0) + 1;
        int width = Math.max(SIZE, widest * 150 + 100);
        int centre = width / 2;
        int rowHeight = 160;
        int height = 5 * rowHeight;
        List<Node> nodes = new ArrayList<>();
        Map<String, Node> byKey = new HashMap<>();
        Node child = new Node(CHILD, centre, y(0, rowHeight), map.child().name(), "child");
        nodes.add(child);
        byKey.put(CHILD, child);
        for (int generation = -2; generation <= 2; generation++) {
            List<Member> row = new ArrayList<>(rows.getOrDefault(generation, List.of()));
            // Nearest the middle first: parents before aunts and uncles, siblings before cousins.
            row.sort(Comparator.comparing((Member m) -> nearness(m.relationship())));
            int offset = generation == 0 ? 1 : 0;
            for (int i = 0; i < row.size(); i++) {
                int slot = i + offset;
                int x = centre + (slot == 0 ? 0 : ((slot + 1) / 2) * 150 * (slot % 2 == 1 ? -1 : 1));
                if (generation != 0 && row.size() % 2 == 0) {
                    x += 75; // an even row sits either side of the middle, like two parents above the child
                }
                Node node = new Node(row.get(i).key(), x, y(generation, rowHeight), name(row.get(i)), "family");
                nodes.add(node);
                byKey.put(node.key(), node);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Node node : nodes) {
            if (!node.key().equals(CHILD)) {
                lines.add(new Line(CHILD, node.key(), "child", straight(child.x(), child.y(), node.x(), node.y())));
            }
        }
        for (MemberTie tie : map.ties()) {
            Node a = byKey.get(tie.fromKey());
            Node b = byKey.get(tie.toKey());
            if (a != null && b != null) {
                lines.add(new Line(tie.fromKey(), tie.toKey(), "family", curved(a.x(), a.y(), b.x(), b.y())));
            }
        }
        return new NetworkDrawing(width, height, nodes, lines, List.of());
    }

    /** The genogram's row: -2 grandparents, -1 parents, 0 the child's own generation, 1 and 2 below. */
    static int generation(RelationshipType type) {
        return switch (type) {
            case GRANDPARENT -> -2;
            case PARENT, STEP_PARENT, AUNT_OR_UNCLE -> -1;
            case CHILD, STEP_CHILD, NIECE_OR_NEPHEW -> 1;
            case GRANDCHILD -> 2;
            default -> 0;
        };
    }

    private static int nearness(RelationshipType type) {
        return switch (type) {
            case PARENT, SIBLING, CHILD, GRANDPARENT, GRANDCHILD -> 0;
            case STEP_PARENT, HALF_SIBLING, STEP_SIBLING, STEP_CHILD -> 1;
            default -> 2;
        };
    }

    private static int y(int generation, int rowHeight) {
        return (generation + 2) * rowHeight + rowHeight / 2;
    }

    private static String name(Member m) {
        return m.person().name();
    }

    private static String style(TieKind tie) {
        return tie.name().toLowerCase(Locale.UK);
    }

    private static double spread(int i, int count, double from, double to) {
        return count == 1 ? (from + to) / 2 : from + (to - from) * i / (count - 1);
    }

    private static Node at(String key, String label, String sector, double degrees, int radius) {
        double radians = Math.toRadians(degrees);
        return new Node(key, (int) Math.round(CENTRE + radius * Math.cos(radians)),
                (int) Math.round(CENTRE + radius * Math.sin(radians)), label, sector);
    }

    private static String straight(int x1, int y1, int x2, int y2) {
        return "M" + x1 + " " + y1 + " L" + x2 + " " + y2;
    }

    private static String curved(int x1, int y1, int x2, int y2) {
        int mx = (x1 + x2) / 2;
        int my = Math.min(y1, y2) - 40;
        return "M" + x1 + " " + y1 + " Q" + mx + " " + my + " " + x2 + " " + y2;
    }

    /** A stressful tie: a zigzag along the line, the ecomap's usual sign of conflict. */
    private static String zigzag(int x1, int y1, int x2, int y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = Math.hypot(dx, dy);
        int steps = Math.max(4, (int) (length / 20));
        double nx = -dy / length * 8;
        double ny = dx / length * 8;
        StringBuilder path = new StringBuilder("M" + x1 + " " + y1);
        for (int s = 1; s < steps; s++) {
            double side = s % 2 == 0 ? 1 : -1;
            path.append(" L").append(Math.round(x1 + dx * s / steps + nx * side)).append(' ')
                    .append(Math.round(y1 + dy * s / steps + ny * side));
        }
        return path.append(" L").append(x2).append(' ').append(y2).toString();
    }
}
