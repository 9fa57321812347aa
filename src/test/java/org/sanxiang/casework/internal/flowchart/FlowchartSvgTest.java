package org.sanxiang.casework.internal.flowchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.procedure.ProcedureDefinition;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.State;
import org.sanxiang.casework.internal.procedure.Transition;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The 执法流程图 is drawn from the state machine the code enforces: every state, every step, the same each time. */
class FlowchartSvgTest {

    static MessageSourceAccessor chinese() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/casework", "i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new MessageSourceAccessor(messages, Locale.SIMPLIFIED_CHINESE);
    }

    static String render(Procedure procedure) {
        return FlowchartSvg.render(Procedures.of(procedure), Map.of("decide", List.of("legal-review-passed")),
                chinese());
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void theChartIsWellFormedSvgNamingEveryStateAndEveryStepOfTheProcedure(Procedure procedure) throws Exception {
        String svg = render(procedure);
        Files.createDirectories(Path.of("target", "flowcharts"));
        Files.writeString(Path.of("target", "flowcharts", procedure.path() + ".svg"), svg);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo(procedure.zh() + "执法流程图");
        assertThat(root.getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
        String texts = texts(doc);
        ProcedureDefinition definition = Procedures.of(procedure);
        for (State state : definition.states()) {
            assertThat(texts).as("state " + state.name()).contains(state.zh());
        }
        for (Transition t : definition.transitions()) {
            assertThat(texts).as("step " + t.name()).contains(t.zh());
        }
        String desc = doc.getElementsByTagName("desc").item(0).getTextContent();
        assertThat(desc).contains(definition.transitions().stream().filter(t -> !t.stays()).map(Transition::zh)
                .toList());
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void theSameProcedureGivesTheSameChart(Procedure procedure) {
        assertThat(render(procedure)).isEqualTo(render(procedure));
    }

    /** The drawn text, with the letters of names written down a lane joined again. */
    private static String texts(Document doc) {
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add(nodes.item(i).getTextContent());
        }
        return String.join("\n", all) + "\n" + String.join("", all);
    }
}
