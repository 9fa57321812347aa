package org.sanxiang.platform.internal;

import java.util.Arrays;
import java.util.List;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.TableExport;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The user list as the administrator filtered it, as .xlsx or CSV, values in Chinese like the column names. */
@Component
class UserExport {

    private final UserAdministration users;
    private final MessageSource messages;

    UserExport(UserAdministration users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    ResponseEntity<StreamingResponseBody> export(CurrentUser admin, String q, Role role, String format) {
        List<List<?>> rows = users.matching(admin, q, role).stream()
                .<List<?>>map(u -> Arrays.asList(u.username(), u.displayName(),
                        u.agencyId() == null ? "（平台）" : u.agencyName(),
                        String.join("、", u.roles().stream().sorted()
                                .map(r -> TableExport.zh(messages, "platform.role.", r)).toList()),
                        u.enabled() ? "启用" : "停用"))
                .toList();
        return TableExport.response(TableExport.Format.of(format), "用户",
                List.of("用户名", "姓名", "所属执法主体", "角色", "状态"), rows);
    }
}
