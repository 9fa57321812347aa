package org.sanxiang.casework.internal.flowchart;

import static org.sanxiang.casework.internal.flowchart.FlowchartLayout.BADGE;
import static org.sanxiang.casework.internal.flowchart.FlowchartLayout.MARGIN;
import static org.sanxiang.casework.internal.flowchart.FlowchartLayout.NAME;
import static org.sanxiang.casework.internal.flowchart.FlowchartLayout.PAD;
import static org.sanxiang.casework.internal.flowchart.FlowchartLayout.SMALL;
import static org.sanxiang.casework.internal.flowchart.FlowchartLayout.STEP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.procedure.ProcedureDefinition;
import org.sanxiang.casework.internal.procedure.State;
import org.sanxiang.casework.internal.procedure.Transition;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * A procedure's 执法流程图 as SVG, drawn from its state machine ({@link FlowchartLayout}), with below it the steps
 * that may be taken in several states and a numbered legend: who takes each step, its audio/video level and the
 * rules that guard it. Plain SVG, no script; it scales to the screen by its viewBox, names itself for screen readers
 * ({@code role="img"}, {@code aria-label}, {@code <title>}) and describes every step in {@code <desc>}.
 */
public final class FlowchartSvg {

    static final String FONTS = "'Noto Sans CJK SC','Noto Sans SC','WenQuanYi Micro Hei','Microsoft YaHei',"
            + "'PingFang SC',sans-serif";
    private static final double MIN_WIDTH = 320;

    private final FlowchartLayout layout;
    private final ProcedureDefinition definition;
    private final Map<String, List<String>> rules;
    private final MessageSourceAccessor text;
    private final String id;
    private final SvgWriter svg = new SvgWriter();
    private final double width;
    private double y;

    private final boolean legend;

    private FlowchartSvg(ProcedureDefinition definition, Map<String, List<String>> rules, MessageSourceAccessor text,
            boolean legend) {
        this.definition = definition;
        this.legend = legend;
        this.rules = rules;
        this.text = text;
        this.layout = new FlowchartLayout(definition, text);
        this.id = "fc-" + definition.procedure().path();
        this.width = Math.max(layout.width, MIN_WIDTH);
    }

    /**
     * @param rules the names of the rules guarding each step, by transition name
     * @param text  the chart's words, in the language of the chart (the procedures' names are Chinese)
     */
    public static String render(ProcedureDefinition definition, Map<String, List<String>> rules,
            MessageSourceAccessor text) {
        return new FlowchartSvg(definition, rules, text, true).draw();
    }

    /** The chart without its legend, for a page that lists the steps itself beside it. */
    public static String diagram(ProcedureDefinition definition, MessageSourceAccessor text) {
        return new FlowchartSvg(definition, Map.of(), text, false).draw();
    }

    private String draw() {
        drawFlow();
        y = layout.height + 12;
        drawShared();
        if (legend) {
            drawLegend();
        }
        double height = y + MARGIN;
        String title = text.getMessage("casework.flowchart.title", new Object[] {definition.procedure().zh()});
        SvgWriter head = new SvgWriter().open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox",
                "0 0 " + SvgWriter.number(width) + " " + SvgWriter.number(height), "width", width, "height",
                height, "role", "img", "aria-label", title, "font-family", FONTS, "class", "flowchart");
        head.element("title", title).element("desc", description());
        head.open("defs").open("marker", "id", id + "-arrow", "viewBox", "0 0 10 10", "refX", 9.0, "refY", 5.0,
                "markerWidth", 7.0, "markerHeight", 7.0, "orient", "auto").empty("path", "d", "M0,0L10,5L0,10z",
                "fill", "#333").close("marker").close("defs");
        head.element("style", "." + id + " .fc-box{fill:#fff;stroke:#1f3a5f;stroke-width:1.5}"
                + "." + id + " .fc-final{fill:#e9ecef;stroke:#1f3a5f;stroke-width:3.5}"
                + "." + id + " .fc-start{fill:#1f3a5f}"
                + "." + id + " .fc-edge{fill:none;stroke:#333;stroke-width:1.4}"
                + "." + id + " .fc-shared{fill:#f8f9fa;stroke:#6c757d;stroke-dasharray:5 3}");
        return head.open("g", "class", id) + svg.toString() + "</g>\n</svg>\n";
    }

    private void drawFlow() {
        for (FlowchartLayout.Line line : layout.lines) {
            String points = line.points().stream().map(p -> SvgWriter.number(p[0]) + "," + SvgWriter.number(p[1]))
                    .collect(Collectors.joining(" "));
            svg.empty("polyline", "points", points, "class", "fc-edge", "marker-end",
                    line.arrow() ? "url(#" + id + "-arrow)" : null);
        }
        for (double[] joint : layout.joints) {
            svg.empty("circle", "cx", joint[0], "cy", joint[1], "r", 3.0, "fill", "#333");
        }
        for (FlowchartLayout.Box box : layout.boxes.values()) {
            drawBox(box);
        }
        for (FlowchartLayout.Label label : layout.labels) {
            if (label.vertical()) {
                drawVertical(label);
            } else {
                drawLabel(label.x(), label.y(), label.number(), label.lines(), label.av(), "#fff");
            }
        }
    }

    private void drawBox(FlowchartLayout.Box box) {
        if (box.start()) {
            svg.empty("rect", "x", box.x, "y", box.y, "width", box.w, "height", box.h, "rx", box.h / 2, "class",
                    "fc-start");
            svg.element("text", text.getMessage("casework.flowchart.start"), "x", box.cx(), "y",
                    box.y + box.h / 2 + NAME * 0.36, "text-anchor", "middle", "font-size", NAME, "fill", "#fff",
                    "font-weight", "700");
            return;
        }
        boolean terminal = box.state.terminal();
        svg.empty("rect", "x", box.x, "y", box.y, "width", box.w, "height", box.h, "rx", terminal ? 12.0 : 4.0,
                "class", terminal ? "fc-final" : "fc-box");
        double cursor = box.y + PAD;
        for (String line : layout.nameLines(box)) {
            svg.element("text", line, "x", box.cx(), "y", cursor + NAME, "text-anchor", "middle", "font-size", NAME,
                    "font-weight", "700", "fill", "#1f3a5f");
            cursor += NAME * 1.3;
        }
        cursor += NAME * 0.2;
        for (Transition t : box.records) {
            drawLabel(box.x + PAD, cursor, layout.number(t), List.of(t.zh()), t.avLevel(), null);
            cursor += Math.max(BADGE, STEP * 1.3) + 2 + (t.avLevel() == AvLevel.NONE ? 0 : SMALL * 1.4);
        }
        if (!box.sharedRecords.isEmpty()) {
            svg.element("text", layout.sharedReference(box), "x", box.x + PAD, "y", cursor + STEP, "font-size",
                    STEP - 1, "fill", "#495057");
        }
    }

    /** A step's number in a dark disc, its name beside it, its audio/video level below in red. */
    private void drawLabel(double x, double top, int number, List<String> lines, AvLevel av, String halo) {
        double first = top + BADGE / 2 + STEP * 0.36;
        if (halo != null) {
            FlowchartLayout.Label label = new FlowchartLayout.Label(x, top, number, lines, av, false);
            svg.empty("rect", "x", x - 2, "y", top - 1, "width", FlowchartLayout.labelWidth(label) + 4, "height",
                    label.height() + 2, "fill", halo);
        }
        badge(x + BADGE / 2, top + BADGE / 2, number);
        double baseline = first;
        for (String line : lines) {
            svg.element("text", line, "x", x + BADGE + 4, "y", baseline, "font-size", STEP, "fill", "#212529");
            baseline += STEP * 1.3;
        }
        if (av != AvLevel.NONE) {
            svg.element("text", av.zh(), "x", x + BADGE + 4, "y", baseline - STEP * 1.3 + SMALL * 1.5, "font-size",
                    SMALL, "fill", "#9b1c1c");
        }
    }

    /** A lane's label, written down the lane over a white ground so the line pauses for it. */
    private void drawVertical(FlowchartLayout.Label label) {
        svg.empty("rect", "x", label.x() - BADGE / 2 - 1, "y", label.y() - 2, "width", BADGE + 2, "height",
                label.height() + 4, "fill", "#fff");
        badge(label.x(), label.y() + BADGE / 2, label.number());
        double baseline = label.y() + BADGE + 4 + STEP;
        String name = label.lines().get(0);
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            svg.element("text", new String(Character.toChars(name.codePointAt(i))), "x", label.x(), "y", baseline,
                    "text-anchor", "middle", "font-size", STEP, "fill", "#212529");
            baseline += STEP * 1.15;
        }
    }

    private void badge(double cx, double cy, int number) {
        svg.empty("circle", "cx", cx, "cy", cy, "r", BADGE / 2, "fill", "#1f3a5f");
        svg.element("text", String.valueOf(number), "x", cx, "y", cy + 3.6, "text-anchor", "middle", "font-size",
                10.0, "font-weight", "700", "fill", "#fff");
    }

    /** The steps that may be taken in several states, listed once with their states. */
    private void drawShared() {
        List<Transition> shared = definition.transitions().stream().filter(t -> t.stays() && t.from().size() > 1)
                .toList();
        if (shared.isEmpty()) {
            return;
        }
        double inner = width - 2 * MARGIN - 2 * PAD - BADGE - 4;
        List<List<String>> texts = new ArrayList<>();
        double h = PAD + STEP * 1.6;
        for (Transition t : shared) {
            String states = layout.sources(t).stream().map(s -> definition.state(s).zh())
                    .collect(Collectors.joining("、"));
            List<String> lines = TextWidth.wrap(t.zh() + "：" + states, STEP, inner);
            texts.add(lines);
            h += Math.max(BADGE, lines.size() * STEP * 1.3) + (t.avLevel() == AvLevel.NONE ? 0 : SMALL * 1.4) + 4;
        }
        svg.empty("rect", "x", MARGIN, "y", y, "width", width - 2 * MARGIN, "height", h + PAD, "rx", 4.0,
                "class", "fc-shared");
        svg.element("text", text.getMessage("casework.flowchart.shared"), "x", MARGIN + PAD, "y", y + PAD + STEP,
                "font-size", STEP, "font-weight", "700", "fill", "#1f3a5f");
        double cursor = y + PAD + STEP * 1.6;
        for (int i = 0; i < shared.size(); i++) {
            Transition t = shared.get(i);
            drawLabel(MARGIN + PAD, cursor, layout.number(t), texts.get(i), t.avLevel(), null);
            cursor += Math.max(BADGE, texts.get(i).size() * STEP * 1.3) + (t.avLevel() == AvLevel.NONE ? 0
                    : SMALL * 1.4) + 4;
        }
        y += h + PAD + 16;
    }

    /** Every step by number: who takes it, its audio/video level, the rules that guard it. */
    private void drawLegend() {
        y += 8;
        svg.element("text", text.getMessage("casework.flowchart.legend"), "x", MARGIN, "y", y + STEP, "font-size",
                STEP + 1, "font-weight", "700", "fill", "#1f3a5f");
        y += STEP * 2;
        double inner = width - 2 * MARGIN - BADGE - 4;
        for (Transition t : definition.transitions()) {
            badge(MARGIN + BADGE / 2, y + BADGE / 2, layout.number(t));
            double baseline = y + BADGE / 2 + STEP * 0.36;
            svg.element("text", t.zh(), "x", MARGIN + BADGE + 4, "y", baseline, "font-size", STEP, "font-weight",
                    "700", "fill", "#212529");
            baseline += STEP * 1.35;
            for (String line : TextWidth.wrap(details(t), SMALL + 1, inner)) {
                svg.element("text", line, "x", MARGIN + BADGE + 4, "y", baseline, "font-size", SMALL + 1, "fill",
                        "#343a40");
                baseline += (SMALL + 1) * 1.35;
            }
            y = baseline - STEP * 0.6;
        }
    }

    private String details(Transition t) {
        List<String> parts = new ArrayList<>();
        parts.add(text.getMessage("casework.flowchart.roles", new Object[] {roles(t)}));
        if (t.avLevel() != AvLevel.NONE) {
            parts.add(text.getMessage("casework.flowchart.av", new Object[] {t.avLevel().zh()}));
        }
        List<String> guards = rules.getOrDefault(t.name(), List.of());
        if (!guards.isEmpty()) {
            parts.add(text.getMessage("casework.flowchart.rules", new Object[] {String.join("、", guards)}));
        }
        return String.join("；", parts);
    }

    private String roles(Transition t) {
        return t.roles().stream().sorted().map(r -> text.getMessage("platform.role." + r.name()))
                .collect(Collectors.joining("、"));
    }

    private String description() {
        List<String> sentences = new ArrayList<>();
        sentences.add(text.getMessage("casework.flowchart.summary", new Object[] {definition.procedure().zh(),
            definition.states().size(), definition.transitions().size(), definition.states().stream()
                .filter(State::terminal).map(State::zh).collect(Collectors.joining("、"))}));
        for (Transition t : definition.transitions()) {
            String from = layout.sources(t).stream().map(s -> s.equals(CaseStep.START)
                    ? text.getMessage("casework.flowchart.start") : definition.state(s).zh())
                    .collect(Collectors.joining("、"));
            sentences.add(t.stays()
                    ? text.getMessage("casework.flowchart.describeRecord", new Object[] {layout.number(t), t.zh(),
                        from})
                    : text.getMessage("casework.flowchart.describeStep", new Object[] {layout.number(t), t.zh(), from,
                        definition.state(t.to()).zh()}));
        }
        return String.join(" ", sentences);
    }
}
