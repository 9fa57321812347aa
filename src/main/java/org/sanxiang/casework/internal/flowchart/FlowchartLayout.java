package org.sanxiang.casework.internal.flowchart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.procedure.ProcedureDefinition;
import org.sanxiang.casework.internal.procedure.State;
import org.sanxiang.casework.internal.procedure.Transition;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Where each part of a procedure's flowchart goes. States are boxes in rows: a state's row is the longest way to it
 * from the start (steps back, such as 退回补充调查, do not count), so the states run top to bottom in the order of
 * the law; a row's first non-final state is in the main column, the others (不予立案, 申请法院强制执行) beside it. A
 * step between neighbouring rows of the main column is a straight arrow with its label beside it; a step into a box
 * beside the column drops into its top, a step out of one joins the arrow below; every other step runs in a lane
 * left of the column, its label written down the lane. Records made along the way are listed in their state's box.
 */
final class FlowchartLayout {

    static final double MARGIN = 12;
    static final double PAD = 8;
    static final double NAME = 15;
    static final double STEP = 13;
    static final double SMALL = 11;
    static final double BADGE = 18;
    static final double LANE_GAP = 22;
    static final double SIDE_GAP = 24;
    static final double MIN_GAP = 36;
    static final double LABEL_WIDTH = 7 * STEP;

    /** A state's box, or the start's. */
    static final class Box {
        final State state;
        final int row;
        int col;
        final List<Transition> records = new ArrayList<>();
        final List<Transition> sharedRecords = new ArrayList<>();
        final List<Object> leftPorts = new ArrayList<>();
        final List<Object> rightPorts = new ArrayList<>();
        double x;
        double y;
        double w;
        double h;

        Box(State state, int row) {
            this.state = state;
            this.row = row;
        }

        boolean start() {
            return state == null;
        }

        double cx() {
            return x + w / 2;
        }

        double bottom() {
            return y + h;
        }

        double right() {
            return x + w;
        }

        double leftPort(Object key) {
            return y + h * (leftPorts.indexOf(key) + 1) / (leftPorts.size() + 1);
        }

        double rightPort(Object key) {
            return y + h * (rightPorts.indexOf(key) + 1) / (rightPorts.size() + 1);
        }
    }

    /** A step's label: its number and name, and its audio/video level when it has one. */
    record Label(double x, double y, int number, List<String> lines, AvLevel av, boolean vertical) {

        double height() {
            return vertical ? BADGE + 4 + lines.get(0).codePointCount(0, lines.get(0).length()) * STEP * 1.15
                    : Math.max(BADGE, lines.size() * STEP * 1.3) + (av == AvLevel.NONE ? 0 : SMALL * 1.4);
        }
    }

    /** A line of the chart: an arrow when {@code arrow}. */
    record Line(List<double[]> points, boolean arrow) {
    }

    private record Lane(Transition transition, Box target, List<Box> sources, int index) {
    }

    private record Drop(Transition transition, Box target, List<Box> sources) {
    }

    private record Merge(Transition transition, Box target, Box source, boolean joinsStraight) {
    }

    final ProcedureDefinition definition;
    private final MessageSourceAccessor text;
    final Map<String, Integer> numbers = new HashMap<>();
    final Map<String, Box> boxes = new LinkedHashMap<>();
    final List<Line> lines = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    final List<double[]> joints = new ArrayList<>();
    double width;
    double height;

    private final Map<String, Integer> order = new HashMap<>();
    private final Map<Integer, List<Transition>> straight = new HashMap<>();
    private final List<Lane> lanes = new ArrayList<>();
    private final List<Drop> drops = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();
    private final Map<Integer, Double> rowTop = new HashMap<>();
    private final Map<Integer, Double> rowHeight = new HashMap<>();
    private final Map<Integer, Double> gap = new HashMap<>();
    private int rows;

    FlowchartLayout(ProcedureDefinition definition, MessageSourceAccessor text) {
        this.definition = definition;
        this.text = text;
        List<Transition> transitions = definition.transitions();
        for (int i = 0; i < transitions.size(); i++) {
            numbers.put(transitions.get(i).name(), i + 1);
        }
        order.put(CaseStep.START, -1);
        List<State> states = definition.states();
        for (int i = 0; i < states.size(); i++) {
            order.put(states.get(i).name(), i);
        }
        placeInRows();
        sizeBoxes(text.getMessage("casework.flowchart.start"));
        route();
        placeRows();
        placeColumns();
        draw();
    }

    /** A box beside the column keeps the chart narrow: its name breaks after about five characters. */
    List<String> nameLines(Box box) {
        return box.col == 0 ? List.of(box.state.zh()) : TextWidth.wrapEvenly(box.state.zh(), NAME, 5 * NAME);
    }

    /** "另可办理：6、7": the numbers of the steps of several states that may be taken in this one. */
    String sharedReference(Box box) {
        return text.getMessage("casework.flowchart.sharedRef", new Object[] {box.sharedRecords.stream()
                .map(t -> String.valueOf(number(t))).collect(java.util.stream.Collectors.joining("、"))});
    }

    /** The step's sources in the order of the law ({@code from} is a set). */
    List<String> sources(Transition t) {
        return t.from().stream().sorted(Comparator.comparing(order::get)).toList();
    }

    int number(Transition t) {
        return numbers.get(t.name());
    }

    private void placeInRows() {
        Map<String, Integer> layer = new HashMap<>();
        layer.put(CaseStep.START, 0);
        List<String> byOrder = new ArrayList<>(order.keySet());
        byOrder.sort(Comparator.comparing(order::get));
        for (String state : byOrder) {
            if (!layer.containsKey(state)) {
                layer.put(state, order.get(state) + 1);
            }
            for (Transition t : definition.transitions()) {
                if (!t.stays() && t.from().contains(state) && order.get(t.to()) > order.get(state)) {
                    layer.merge(t.to(), layer.get(state) + 1, Math::max);
                }
            }
        }
        boxes.put(CaseStep.START, new Box(null, 0));
        for (State s : definition.states()) {
            boxes.put(s.name(), new Box(s, layer.get(s.name())));
        }
        Map<Integer, List<Box>> byRow = new HashMap<>();
        for (Box b : boxes.values()) {
            byRow.computeIfAbsent(b.row, r -> new ArrayList<>()).add(b);
            rows = Math.max(rows, b.row + 1);
        }
        for (List<Box> row : byRow.values()) {
            row.sort(Comparator.comparing((Box b) -> b.state != null && b.state.terminal())
                    .thenComparing(b -> b.start() ? -1 : order.get(b.state.name())));
            for (int c = 0; c < row.size(); c++) {
                row.get(c).col = c;
            }
        }
        for (Transition t : definition.transitions()) {
            if (t.stays()) {
                for (String from : t.from()) {
                    Box box = boxes.get(from);
                    (t.from().size() == 1 ? box.records : box.sharedRecords).add(t);
                }
            }
        }
    }

    private void sizeBoxes(String startName) {
        for (Box b : boxes.values()) {
            if (b.start()) {
                b.w = TextWidth.of(startName, NAME) + 4 * PAD;
                b.h = NAME * 1.9;
                continue;
            }
            List<String> name = nameLines(b);
            double w = name.stream().mapToDouble(line -> TextWidth.of(line, NAME)).max().orElse(0);
            double h = NAME * 1.3 * name.size() + NAME * 0.2;
            for (Transition t : b.records) {
                w = Math.max(w, BADGE + 4 + TextWidth.of(t.zh(), STEP));
                h += Math.max(BADGE, STEP * 1.3) + 2 + (t.avLevel() == AvLevel.NONE ? 0 : SMALL * 1.4);
            }
            if (!b.sharedRecords.isEmpty()) {
                w = Math.max(w, TextWidth.of(sharedReference(b), STEP - 1));
                h += STEP * 1.5;
            }
            b.w = Math.max(w + 2 * PAD, 96);
            b.h = h + 2 * PAD;
        }
    }

    private void route() {
        for (Transition t : definition.transitions()) {
            if (t.stays()) {
                continue;
            }
            Box target = boxes.get(t.to());
            List<Box> laneSources = new ArrayList<>();
            List<Box> dropSources = new ArrayList<>();
            boolean straightToo = false;
            for (String from : sources(t)) {
                Box s = boxes.get(from);
                if (s.col == 0 && target.col == 0 && target.row == s.row + 1) {
                    straight.computeIfAbsent(s.row, r -> new ArrayList<>()).add(t);
                    straightToo = true;
                } else if (target.col > 0 && s.col == 0 && s.row < target.row && noSideBoxBetween(s.row,
                        target.row)) {
                    dropSources.add(s);
                } else if (s.col > 0 && target.col == 0 && target.row == s.row + 1) {
                    merges.add(new Merge(t, target, s, false));
                } else {
                    laneSources.add(s);
                }
            }
            if (straightToo) {
                merges.replaceAll(m -> m.transition == t ? new Merge(t, m.target, m.source, true) : m);
            }
            if (!dropSources.isEmpty()) {
                drops.add(new Drop(t, target, dropSources));
                dropSources.forEach(s -> s.rightPorts.add(t));
            }
            if (!laneSources.isEmpty()) {
                lanes.add(new Lane(t, target, laneSources, -1));
            }
        }
        assignLanes();
        for (Box b : boxes.values()) {
            double needed = (Math.max(b.leftPorts.size(), b.rightPorts.size()) + 1) * 16;
            b.h = Math.max(b.h, needed);
        }
    }

    private boolean noSideBoxBetween(int fromRow, int toRow) {
        return boxes.values().stream().noneMatch(b -> b.col > 0 && b.row > fromRow && b.row < toRow);
    }

    /** Short lanes nearest the column; two lanes share a place when their rows do not overlap. */
    private void assignLanes() {
        List<Lane> bySpan = new ArrayList<>(lanes);
        bySpan.sort(Comparator.comparing((Lane l) -> hi(l) - lo(l)).thenComparing(l -> number(l.transition)));
        List<Lane> placed = new ArrayList<>();
        for (Lane lane : bySpan) {
            int k = 0;
            while (true) {
                int candidate = k;
                if (placed.stream().noneMatch(p -> p.index == candidate && lo(p) <= hi(lane) && lo(lane) <= hi(p))) {
                    break;
                }
                k++;
            }
            placed.add(new Lane(lane.transition, lane.target, lane.sources, k));
        }
        lanes.clear();
        lanes.addAll(placed);
        lanes.sort(Comparator.comparing(l -> number(l.transition)));
        // ports: a lane towards a state above leaves near the top, inner lanes first; towards one below near the
        // bottom, outer lanes first, so that no two stubs of one box cross each other's lanes
        Map<Box, List<Object[]>> ports = new LinkedHashMap<>();
        for (Lane lane : lanes) {
            for (Box s : lane.sources) {
                ports.computeIfAbsent(s, b -> new ArrayList<>()).add(new Object[] {lane, lane.target.row < s.row});
            }
            boolean fromAbove = lane.sources.stream().allMatch(s -> s.row < lane.target.row);
            ports.computeIfAbsent(lane.target, b -> new ArrayList<>()).add(new Object[] {lane.transition, fromAbove});
        }
        ports.forEach((box, list) -> {
            list.sort(Comparator.comparing((Object[] p) -> !(Boolean) p[1])
                    .thenComparing(p -> (Boolean) p[1] ? laneOf(p[0]).index : -laneOf(p[0]).index));
            list.forEach(p -> box.leftPorts.add(p[0]));
        });
    }

    private Lane laneOf(Object port) {
        return port instanceof Lane l ? l : lanes.stream().filter(l -> l.transition == port).findFirst().orElseThrow();
    }

    private int lo(Lane lane) {
        return Math.min(lane.target.row, lane.sources.stream().mapToInt(b -> b.row).min().orElseThrow());
    }

    private int hi(Lane lane) {
        return Math.max(lane.target.row, lane.sources.stream().mapToInt(b -> b.row).max().orElseThrow());
    }

    private Label label(double x, double y, Transition t, boolean vertical) {
        List<String> text = vertical ? List.of(t.zh()) : TextWidth.wrapEvenly(t.zh(), STEP, LABEL_WIDTH);
        return new Label(x, y, number(t), text, vertical ? AvLevel.NONE : t.avLevel(), vertical);
    }

    private double straightHeight(int row) {
        return straight.getOrDefault(row, List.of()).stream().mapToDouble(t -> label(0, 0, t, false).height() + 4)
                .sum();
    }

    private double straightWidth(int row) {
        return straight.getOrDefault(row, List.of()).stream().mapToDouble(t -> labelWidth(label(0, 0, t, false)))
                .max().orElse(0);
    }

    static double labelWidth(Label l) {
        double text = l.lines.stream().mapToDouble(s -> TextWidth.of(s, STEP)).max().orElse(0);
        if (l.av != AvLevel.NONE) {
            text = Math.max(text, TextWidth.of(l.av.zh(), SMALL));
        }
        return l.vertical ? BADGE : BADGE + 4 + text;
    }

    private void placeRows() {
        for (int r = 0; r < rows; r++) {
            int row = r;
            rowHeight.put(r, boxes.values().stream().filter(b -> b.row == row).mapToDouble(b -> b.h).max()
                    .orElse(0));
        }
        for (int r = 0; r < rows - 1; r++) {
            double g = Math.max(MIN_GAP, straightHeight(r) + 16);
            for (Merge m : merges) {
                if (m.source.row == r) {
                    g = Math.max(g, straightHeight(r) + 30);
                    if (!m.joinsStraight) {
                        g = Math.max(g, label(0, 0, m.transition, false).height() + 30);
                    }
                }
            }
            for (Drop d : drops) {
                if (d.target.row == r + 1) {
                    Box lowest = d.sources.get(d.sources.size() - 1);
                    double below = lowest.h - lowest.h * (lowest.rightPorts.indexOf(d.transition) + 1)
                            / (lowest.rightPorts.size() + 1) + (rowHeight.get(lowest.row) - lowest.h);
                    g = Math.max(g, label(0, 0, d.transition, false).height() + 12 - below);
                }
            }
            gap.put(r, g);
        }
        double y = MARGIN;
        for (int r = 0; r < rows; r++) {
            rowTop.put(r, y);
            y += rowHeight.get(r) + gap.getOrDefault(r, 0.0);
        }
        for (Box b : boxes.values()) {
            b.y = rowTop.get(b.row);
        }
        height = y;
    }

    private void placeColumns() {
        double half = boxes.values().stream().filter(b -> b.col == 0).mapToDouble(b -> b.w / 2).max().orElse(0);
        int laneCount = lanes.stream().mapToInt(l -> l.index + 1).max().orElse(0);
        double cx = MARGIN + half + (laneCount == 0 ? 0 : BADGE / 2 + 14 + (laneCount - 1) * LANE_GAP);
        for (Box b : boxes.values()) {
            if (b.col == 0) {
                b.x = cx - b.w / 2;
            }
        }
        // lower rows first: a box beside a row that a drop into a lower box runs along goes right of that box
        List<Box> side = boxes.values().stream().filter(b -> b.col > 0)
                .sorted(Comparator.comparing((Box b) -> b.col).thenComparing(b -> -b.row)).toList();
        for (Box b : side) {
            int top = drops.stream().filter(d -> d.target == b).flatMap(d -> d.sources.stream())
                    .mapToInt(s -> s.row).min().orElse(b.row);
            double left = 0;
            for (Box other : boxes.values()) {
                if (other != b && other.row >= top && other.row <= b.row && other.col < b.col) {
                    left = Math.max(left, other.right());
                }
            }
            for (Drop d : drops) {
                if (d.target != b && d.target.row > b.row && d.sources.stream().anyMatch(s -> s.row == b.row)) {
                    left = Math.max(left, d.target.right());
                }
            }
            for (int r = top; r < b.row; r++) {
                left = Math.max(left, cx + 8 + straightWidth(r));
            }
            b.x = left + SIDE_GAP;
        }
    }

    private double laneX(int index) {
        double left = boxes.values().stream().filter(b -> b.col == 0).mapToDouble(b -> b.x).min().orElse(0);
        return left - 14 - index * LANE_GAP;
    }

    private void draw() {
        Box start = boxes.get(CaseStep.START);
        double cx = start.cx();
        for (Map.Entry<Integer, List<Transition>> e : straight.entrySet()) {
            int r = e.getKey();
            Box from = boxes.values().stream().filter(b -> b.row == r && b.col == 0).findFirst().orElseThrow();
            Box to = boxes.values().stream().filter(b -> b.row == r + 1 && b.col == 0).findFirst().orElseThrow();
            lines.add(new Line(List.of(new double[] {cx, from.bottom()}, new double[] {cx, to.y}), true));
            double y = from.bottom() + 8;
            for (Transition t : e.getValue()) {
                Label l = label(cx + 8, y, t, false);
                labels.add(l);
                y += l.height() + 4;
            }
        }
        for (Drop d : drops) {
            double vx = d.target.cx();
            double top = Double.MAX_VALUE;
            for (Box s : d.sources) {
                double py = s.rightPort(d.transition);
                top = Math.min(top, py);
                lines.add(new Line(List.of(new double[] {s.right(), py}, new double[] {vx, py}), false));
                joints.add(new double[] {vx, py});
            }
            joints.remove(joints.size() - d.sources.size());
            lines.add(new Line(List.of(new double[] {vx, top}, new double[] {vx, d.target.y}), true));
            // above the first stub where it is long enough, else beside the line above the box
            Box first = d.sources.get(0);
            Label l = label(first.right() + 6, top - 3, d.transition, false);
            labels.add(labelWidth(l) + 12 <= vx - first.right()
                    ? new Label(l.x(), top - 3 - l.height(), l.number(), l.lines(), l.av(), false)
                    : new Label(vx + 6, d.target.y - 6 - l.height(), l.number(), l.lines(), l.av(), false));
        }
        for (Merge m : merges) {
            double joinY = m.target.y - 12;
            double ex = m.joinsStraight ? cx : m.target.x + m.target.w - 16;
            lines.add(new Line(List.of(new double[] {m.source.cx(), m.source.bottom()},
                    new double[] {m.source.cx(), joinY}, new double[] {ex, joinY}), false));
            if (m.joinsStraight) {
                joints.add(new double[] {ex, joinY});
            } else {
                lines.add(new Line(List.of(new double[] {ex, joinY}, new double[] {ex, m.target.y}), true));
                labels.add(label(m.source.cx() + 6, m.source.bottom() + 4, m.transition, false));
            }
        }
        for (Lane lane : lanes) {
            drawLane(lane);
        }
        width = Math.max(boxes.values().stream().mapToDouble(Box::right).max().orElse(0),
                labels.stream().mapToDouble(l -> l.vertical() ? l.x() + BADGE / 2 : l.x() + labelWidth(l)).max()
                        .orElse(0)) + MARGIN;
    }

    private void drawLane(Lane lane) {
        double x = laneX(lane.index);
        double entry = lane.target.leftPort(lane.transition);
        List<Double> ys = new ArrayList<>();
        ys.add(entry);
        for (Box s : lane.sources) {
            double py = s.leftPort(lane);
            ys.add(py);
            lines.add(new Line(List.of(new double[] {s.x, py}, new double[] {x, py}), false));
        }
        double lo = ys.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = ys.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        lines.add(new Line(List.of(new double[] {x, lo}, new double[] {x, hi}), false));
        lines.add(new Line(List.of(new double[] {x, entry}, new double[] {lane.target.x, entry}), true));
        for (double y : ys) {
            if (y != lo && y != hi) {
                joints.add(new double[] {x, y});
            }
        }
        // the label goes on the longest stretch of the lane that no other lane's stub crosses
        List<Double> breaks = new ArrayList<>(ys);
        for (Lane other : lanes) {
            if (other.index > lane.index) {
                for (Box s : other.sources) {
                    breaks.add(s.leftPort(other));
                }
                breaks.add(other.target.leftPort(other.transition));
            }
        }
        breaks.removeIf(y -> y < lo || y > hi);
        breaks.sort(Double::compare);
        double bestFrom = lo;
        double bestLength = 0;
        for (int i = 0; i + 1 < breaks.size(); i++) {
            if (breaks.get(i + 1) - breaks.get(i) > bestLength) {
                bestLength = breaks.get(i + 1) - breaks.get(i);
                bestFrom = breaks.get(i);
            }
        }
        Label l = label(x, 0, lane.transition, true);
        labels.add(new Label(x, bestFrom + (bestLength - l.height()) / 2, l.number(), l.lines(), l.av(), true));
    }
}
