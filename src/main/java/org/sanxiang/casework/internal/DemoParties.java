package org.sanxiang.casework.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.sanxiang.casework.PartyKind;
import org.sanxiang.casework.internal.party.IdType;
import org.sanxiang.casework.internal.party.PartyForm;
import org.sanxiang.casework.internal.party.PartyService;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.registry.ResidentIdNumber;
import org.sanxiang.registry.UnifiedSocialCreditCode;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's parties: each name a demo case is brought against is registered once per agency, through
 * {@link PartyService} as the officer would, with numbers that pass their checks (made from the name, so the same
 * on every load): organisations and 个体工商户 with a credit code of the region, natural persons with a resident ID;
 * every other one has confirmed an address for service. Registered in a transaction of its own, so that a story
 * the rules refuse does not take the party of the next story with it.
 */
final class DemoParties {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final PartyService parties;
    private final TransactionTemplate own;
    private final Map<String, Long> registered = new HashMap<>();

    DemoParties(PartyService parties, TransactionTemplate tx) {
        this.parties = parties;
        this.own = new TransactionTemplate(tx.getTransactionManager());
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long of(CurrentUser officer, String name, PartyKind kind) {
        return registered.computeIfAbsent(officer.agencyId() + "/" + name,
                key -> own.execute(s -> parties.register(officer, form(name, kind)).getId()));
    }

    private PartyForm form(String name, PartyKind kind) {
        int n = Math.abs(name.hashCode());
        boolean confirmed = n % 2 == 0;
        String address = "湖南省衡阳市示例路 " + (n % 300 + 1) + " 号";
        String phone = "139" + String.format("%08d", n % 100_000_000);
        return switch (kind) {
            case ORGANISATION -> new PartyForm(kind, name, creditCode("91", n), null, null, "王某某", null, null,
                    address, phone, confirmed ? address : null, confirmed ? "王某某" : null, confirmed ? phone : null,
                    false, null, confirmed ? LocalDate.now(ChinaTime.ZONE).minusMonths(2) : null, null);
            case INDIVIDUAL_BUSINESS -> new PartyForm(kind, name, creditCode("92", n), null, "陈某某", null,
                    IdType.RESIDENT_ID, residentId(n + 1), address, phone, confirmed ? address : null,
                    confirmed ? "陈某某" : null, confirmed ? phone : null, confirmed, confirmed ? phone : null,
                    confirmed ? LocalDate.now(ChinaTime.ZONE).minusMonths(1) : null, null);
            case NATURAL_PERSON -> new PartyForm(kind, name, null, null, null, null, IdType.RESIDENT_ID,
                    residentId(n), address, phone, null, null, null, false, null, null, null);
        };
    }

    /** A credit code of 衡阳 (430400) for a business of this kind ({@code 91} 企业, {@code 92} 个体工商户). */
    private static String creditCode(String kind, int n) {
        StringBuilder first17 = new StringBuilder(kind).append("430400");
        for (int i = 0, v = n; i < 9; i++, v /= 7) {
            first17.append(CHARSET.charAt((v + i * 13) % CHARSET.length()));
        }
        return first17.append(UnifiedSocialCreditCode.checkCharacter(first17.toString())).toString();
    }

    /** A resident of 衡阳市雁峰区 (430406) born in the 1980s. */
    private static String residentId(int n) {
        String first17 = "430406" + LocalDate.of(1980, 1, 1).plusDays(n % 3650).toString().replace("-", "")
                + String.format("%03d", n % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
