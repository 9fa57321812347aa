package org.sanxiang.catalog.internal.item;

import java.util.List;
import java.util.Map;

import org.sanxiang.catalog.CatalogList;

/**
 * The text fields of each list that the workbench's form edits (besides code, name, category, citations and
 * bands), in the format's order; a field whose value is a list of lines is {@code multi}. Fields the form does not
 * know (a service guide's materials) are kept as they are.
 */
public final class ListFields {

    public record Field(String name, boolean multi) {
    }

    private static final Map<CatalogList, List<Field>> FIELDS = Map.of(
            CatalogList.POWERS, List.of(one("implementingBody"), one("responsibleUnit"), many("responsibilities"),
                    one("timeLimit"), one("fees"), one("remedy")),
            CatalogList.INSPECTION_ITEMS, List.of(one("subject"), one("object"), one("content"), one("method"),
                    one("ratio"), one("frequency")),
            CatalogList.SERVICE_GUIDES, List.of(one("acceptingBody"), one("approvingBody"), many("conditions"),
                    many("process"), one("timeLimit"), one("fees"), one("address"), one("hours"), one("phone"),
                    one("remedies"), one("complaints")),
            CatalogList.VIOLATIONS, List.of(many("penaltyKinds")),
            CatalogList.FEES, List.of(one("approvalDocument"), one("payer"), one("scope"), one("standard"),
                    one("complaintPhone")),
            CatalogList.REMEDIES, List.of(one("reviewBody"), one("court"), one("timeLimit"), many("channels")),
            // a criterion's conditions in casework's words or codes (MajorDecisionTerms); an empty one is no limit
            CatalogList.MAJOR_DECISIONS, List.of(many("procedures"), many("outcomes"), many("penalties"),
                    one("minAmountPerson"), one("minAmountOrganisation"), one("hearingHeld"), many("domains"),
                    many("flags"), one("reviewUnit")));

    private ListFields() {
    }

    public static List<Field> of(CatalogList list) {
        return FIELDS.get(list);
    }

    private static Field one(String name) {
        return new Field(name, false);
    }

    private static Field many(String name) {
        return new Field(name, true);
    }
}
