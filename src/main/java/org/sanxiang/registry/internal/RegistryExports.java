package org.sanxiang.registry.internal;

import java.util.List;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.TableExport;
import org.sanxiang.registry.internal.importing.ImportColumn;
import org.sanxiang.registry.internal.importing.OfficerSheet;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Exports of the registry's lists, with the columns the pages show (ID numbers masked, no phone numbers), values in
 * Chinese like the column names.
 */
@Component
class RegistryExports {

    private final RegistryQueries queries;
    private final AgencyScopeService scope;
    private final RegistryLabels labels;
    private final MessageSource messages;
    private final OfficerSheet officerSheet;

    RegistryExports(RegistryQueries queries, AgencyScopeService scope, RegistryLabels labels, MessageSource messages,
            OfficerSheet officerSheet) {
        this.queries = queries;
        this.scope = scope;
        this.labels = labels;
        this.messages = messages;
        this.officerSheet = officerSheet;
    }

    ResponseEntity<StreamingResponseBody> agencies(CurrentUser user, String format) {
        List<List<?>> rows = queries.allAgencies(scope.visibleTo(user)).stream()
                .<List<?>>map(a -> java.util.Arrays.asList(a.name(), a.uscc(), zh("level", a.level()),
                        labels.domain(a.domain()), zh("kind", a.kind()), a.parentName(), a.region(), a.address(),
                        a.phone(), a.complaintPhone(), a.legalBasis()))
                .toList();
        return TableExport.response(TableExport.Format.of(format), "执法主体",
                List.of("名称", "统一社会信用代码", "层级", "执法领域", "主体性质", "上级主体", "行政区域", "地址", "联系电话",
                        "投诉举报电话", "执法依据"),
                rows);
    }

    /** In the columns of the import, so that the list can be corrected and imported again. */
    ResponseEntity<StreamingResponseBody> officers(CurrentUser user, Long agencyId, String format) {
        List<List<?>> rows = queries.officers(scope.visibleTo(user), agencyId, null, false, Pageable.unpaged())
                .stream().<List<?>>map(officerSheet::row).toList();
        return TableExport.response(TableExport.Format.of(format), "执法人员", ImportColumn.headers(), rows);
    }

    ResponseEntity<StreamingResponseBody> units(CurrentUser user, long agencyId, String format) {
        scope.requireVisible(user, agencyId);
        List<List<?>> rows = queries.units(agencyId).stream()
                .<List<?>>map(u -> List.of(u.getName(), zh("unitKind", u.getKind()))).toList();
        return TableExport.response(TableExport.Format.of(format), "内设机构", List.of("名称", "类别"), rows);
    }

    ResponseEntity<StreamingResponseBody> legalStaff(CurrentUser user, long agencyId, String format) {
        scope.requireVisible(user, agencyId);
        List<List<?>> rows = queries.legalStaff(agencyId).stream()
                .<List<?>>map(s -> java.util.Arrays.asList(s.getName(), zh("staffKind", s.getKind()),
                        s.getQualification(), s.getQualificationNo(), s.getQualifiedOn(),
                        s.isActive() ? "在岗" : "离岗"))
                .toList();
        return TableExport.response(TableExport.Format.of(format), "法制审核人员",
                List.of("姓名", "类别", "资格", "资格证书编号", "取得资格日期", "状态"), rows);
    }

    private String zh(String kind, Enum<?> value) {
        return TableExport.zh(messages, "registry." + kind + ".", value);
    }
}
