package org.sanxiang.registry;

import java.util.List;

/**
 * The legal advisers and public lawyers an agency has registered (法律顾问、公职律师, 118号 三（三）: the legal review
 * may consult them), in post: whom a reviewer may record as consulted.
 */
public interface LegalAdvisers {

    List<Adviser> of(long agencyId);

    /** @param kind 法律顾问 or 公职律师 */
    record Adviser(String name, String kind) {
    }
}
