package org.sanxiang.platform.internal;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.PropertyDescriptor;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * Every form field bound with {@code th:field} is marked required when its form's Bean Validation constraints
 * require it, and when it was refused says why between its label and itself, with {@code aria-invalid} and
 * {@code aria-describedby}; the form's summary ({@code layout :: form-errors}) lists the same messages. One
 * mechanism for every form, so that no page writes this markup per field.
 */
@Component
class FormFieldDialect extends AbstractProcessorDialect {

    /**
     * Before the Standard dialect (1000), whose {@code th:field} processors remove the attribute once done and
     * keep the attributes set here.
     */
    private static final int PRECEDENCE = 990;
    private static final Set<Class<? extends Annotation>> REQUIRING = Set.of(NotNull.class, NotBlank.class,
            NotEmpty.class);

    private final Validator validator;

    FormFieldDialect(Validator validator) {
        super("Sanxiang form fields", "th", PRECEDENCE);
        this.validator = validator;
    }

    @Override
    public Set<IProcessor> getProcessors(String prefix) {
        return Set.of(new FieldState(prefix));
    }

    /** The id of the message beside a field, which the form's summary links to. */
    static String messageId(String field) {
        return "error-" + FieldUtils.idFromName(field);
    }

    private boolean required(Object form, String field) {
        if (form == null || field.contains(".") || field.contains("[")) {
            return false;
        }
        PropertyDescriptor property = validator.getConstraintsForClass(form.getClass())
                .getConstraintsForProperty(field);
        return property != null && property.getConstraintDescriptors().stream()
                .anyMatch(c -> REQUIRING.contains(c.getAnnotation().annotationType()));
    }

    private final class FieldState extends AbstractAttributeTagProcessor {

        FieldState(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "field", true, PRECEDENCE, false);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attribute,
                String expression, IElementTagStructureHandler handler) {
            IThymeleafBindStatus status = FieldUtils.getBindStatus(context, expression);
            String field = status.getExpression();
            String type = tag.getAttributeValue("type");
            // A box of a group or a hidden value: the group's legend carries the message (layout :: field-error).
            boolean single = !"checkbox".equals(type) && !"radio".equals(type) && !"hidden".equals(type);
            if (single && required(context.getSelectionTarget(), field)) {
                handler.setAttribute("required", "required");
            }
            if (!status.isError()) {
                return;
            }
            String id = messageId(field);
            handler.setAttribute("aria-invalid", "true");
            handler.setAttribute("aria-describedby", id);
            String classes = tag.getAttributeValue("class");
            handler.setAttribute("class", classes == null ? "is-invalid" : classes + " is-invalid");
            if (single) {
                IModelFactory factory = context.getModelFactory();
                IModel message = factory.createModel();
                message.add(factory.createOpenElementTag("div", Map.of("id", id, "class", "field-error"),
                        AttributeValueQuotes.DOUBLE, false));
                message.add(factory.createText(HtmlEscape.escapeHtml5(status.getErrorMessages()[0])));
                message.add(factory.createCloseElementTag("div"));
                handler.insertBefore(message);
            }
        }
    }
}
