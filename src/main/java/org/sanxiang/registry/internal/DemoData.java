package org.sanxiang.registry.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.registry.CredentialStatus;
import org.sanxiang.registry.ResidentIdNumber;
import org.sanxiang.registry.UnifiedSocialCreditCode;
import org.sanxiang.registry.internal.agency.Agency;
import org.sanxiang.registry.internal.agency.AgencyForm;
import org.sanxiang.registry.internal.agency.AgencyRepository;
import org.sanxiang.registry.internal.agency.AgencyUnit;
import org.sanxiang.registry.internal.agency.UnitForm;
import org.sanxiang.registry.internal.credential.CredentialForm;
import org.sanxiang.registry.internal.credential.StatusChangeForm;
import org.sanxiang.registry.internal.legalstaff.LegalStaff;
import org.sanxiang.registry.internal.legalstaff.LegalStaffForm;
import org.sanxiang.registry.internal.officer.OfficerForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data, only with {@code sanxiang.demo=true} and never under the {@code prod} profile, only into an empty
 * database: a municipal justice bureau supervising a city market-regulation bureau, a county bureau under it
 * and a commerce bureau (another branch); units, 50 officers (some with expired or suspended credentials),
 * legal staff, and a user for every role. All demo users share the password {@link #PASSWORD}.
 */
@Component
@ConditionalOnProperty(name = "sanxiang.demo", havingValue = "true")
@Profile("!prod")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "sanxiang-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "军", "杰", "娟", "涛", "明",
        "超", "秀英", "桂兰", "建华", "志强", "丽华", "海燕", "晓东", "文博", "子涵", "雨桐", "浩然"};

    private final RegistryService registry;
    private final AgencyRepository agencies;
    private final UserAccounts users;
    private final TransactionTemplate tx;
    private final OfficerAccounts officerAccounts;

    DemoData(RegistryService registry, AgencyRepository agencies, UserAccounts users, TransactionTemplate tx,
            OfficerAccounts officerAccounts) {
        this.registry = registry;
        this.agencies = agencies;
        this.users = users;
        this.tx = tx;
        this.officerAccounts = officerAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        // the bootstrap administrator (SANXIANG_ADMIN_USERNAME, created just before) and the shipped calendar do not
        // make a database non-empty
        if (agencies.count() > 0 || !users.onlyPlatformAdministrators()) {
            log.info("Demo data not loaded: the database is not empty");
            return;
        }
        CurrentUser system = new CurrentUser(0, "system", "system", null, Set.of(Role.ADMIN));
        tx.executeWithoutResult(s -> load(system));
        log.info("Demo data loaded; demo users share the password '{}' (see README)", PASSWORD);
    }

    private void load(CurrentUser admin) {
        long justice = registry.registerAgency(admin, agency("衡阳市司法局", "11430400", "MB1234567",
                Agency.Level.CITY, "government", null, "0734-12348",
                "《中华人民共和国行政处罚法》；国办发〔2018〕118号（行政执法监督）"));
        long city = registry.registerAgency(admin, agency("衡阳市市场监督管理局", "11430400", "MB1C23456",
                Agency.Level.CITY, "market", justice, "0734-12315",
                "《中华人民共和国行政处罚法》；《市场监督管理行政处罚程序规定》；《中华人民共和国食品安全法》"));
        long county = registry.registerAgency(admin, agency("衡阳县市场监督管理局", "11430421", "MB1D34567",
                Agency.Level.COUNTY, "market", city, "0734-6812315",
                "《中华人民共和国行政处罚法》；《市场监督管理行政处罚程序规定》"));
        long commerce = registry.registerAgency(admin, agency("衡阳市商务局", "11430400", "MB1E45678",
                Agency.Level.CITY, "commerce", justice, "0734-8888888", "《中华人民共和国对外贸易法》；《商务部行政处罚实施办法》"));

        long[] cityUnits = units(admin, city, "综合行政执法支队", "食品安全执法科", "法规科");
        long[] countyUnits = units(admin, county, "执法大队", "城关市场监管所", "法制股");
        units(admin, commerce, "市场秩序科", "政策法规科", "办公室");

        int serial = 1;
        long[] cityOfficers = new long[30];
        for (int i = 0; i < 30; i++, serial++) {
            cityOfficers[i] = officer(admin, city, cityUnits[i % 2], serial, i);
        }
        long[] countyOfficers = new long[20];
        for (int i = 0; i < 20; i++, serial++) {
            countyOfficers[i] = officer(admin, county, countyUnits[i % 2], serial, i);
        }
        legalStaff(admin, city, cityUnits[2], "周法明", LegalStaff.Kind.LEGAL_REVIEWER);
        legalStaff(admin, city, cityUnits[2], "吴审之", LegalStaff.Kind.LEGAL_REVIEWER);
        legalStaff(admin, city, null, "郑律", LegalStaff.Kind.PUBLIC_LAWYER);
        legalStaff(admin, city, null, "钱顾问", LegalStaff.Kind.LEGAL_ADVISER);
        legalStaff(admin, county, countyUnits[2], "孙核", LegalStaff.Kind.LEGAL_REVIEWER);

        user("admin", "平台管理员", null, Role.ADMIN);
        user("city-admin", "市局系统管理员", city, Role.ADMIN);
        user("county-admin", "县局系统管理员", county, Role.ADMIN);
        user("officer", "李勇（执法人员）", city, Role.OFFICER);
        user("unit-head", "执法支队负责人", city, Role.UNIT_HEAD);
        user("reviewer", "周法明（法制审核）", city, Role.LEGAL_REVIEWER);
        user("agency-head", "市局局长", city, Role.AGENCY_HEAD);
        user("disclosure", "公示管理员", city, Role.DISCLOSURE_ADMIN);
        user("supervisor", "市司法局监督科", justice, Role.SUPERVISOR);
        user("county-officer", "孙志强（县局执法人员）", county, Role.OFFICER);
        user("commerce-admin", "商务局系统管理员", commerce, Role.ADMIN);
        // The two officers' accounts show their own credentials (我的执法证): 李勇 and 孙志强, both valid.
        officerAccounts.link(admin, cityOfficers[0], "officer");
        officerAccounts.link(admin, countyOfficers[0], "county-officer");
    }

    private static AgencyForm agency(String name, String prefix, String body, Agency.Level level, String domain,
            Long parent, String complaintPhone, String basis) {
        String first17 = (prefix + body).substring(0, 17);
        String uscc = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        return new AgencyForm(name, uscc, level, domain, Agency.Kind.STATUTORY, parent, "湖南省衡阳市",
                "湖南省衡阳市蒸湘区示例路 1 号", "0734-0000000", complaintPhone, basis, null);
    }

    private long[] units(CurrentUser admin, long agency, String enforcement, String second, String legal) {
        return new long[] {
            registry.addUnit(admin, agency, new UnitForm(enforcement, AgencyUnit.Kind.ENFORCEMENT, null)),
            registry.addUnit(admin, agency, new UnitForm(second, AgencyUnit.Kind.ENFORCEMENT, null)),
            registry.addUnit(admin, agency, new UnitForm(legal, AgencyUnit.Kind.LEGAL_REVIEW, null))};
    }

    /**
     * Every 12th officer's credential has expired, every 15th is suspended, every 10th expires within two months;
     * the rest are valid for years.
     */
    private long officer(CurrentUser admin, long agency, long unit, int serial, int i) {
        String name = SURNAMES.charAt(serial % SURNAMES.length()) + GIVEN[(serial * 7) % GIVEN.length];
        String first17 = "430400" + LocalDate.of(1975, 1, 1).plusDays(serial * 173L).toString().replace("-", "")
                + String.format("%03d", serial * 2 + (serial % 2));
        String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
        List<String> domains = i % 3 == 0 ? List.of("market", "food-drug") : List.of("market");
        long officer = registry.registerOfficer(admin, agency,
                new OfficerForm(name, idNumber, unit, i % 5 == 0 ? "科长" : "科员", domains, "衡阳市"));
        registry.setPhoto(admin, officer, "image/png", silhouette(serial));
        LocalDate issued = LocalDate.of(2021, 3, 1).plusDays(serial * 11L);
        LocalDate until = serial % 12 == 0 ? LocalDate.of(2025, 6, 30)
                : serial % 10 == 0 ? registry.today().plusDays(15 + serial) // up for renewal: on the workbench
                : issued.plusYears(6);
        long credential = registry.issueCredential(admin, officer, new CredentialForm(
                String.format("4304%06d", 200000 + serial), "湖南省人民政府", issued, until, domains, "衡阳市"));
        if (serial % 15 == 0) {
            registry.changeCredentialStatus(admin, credential,
                    new StatusChangeForm(CredentialStatus.SUSPENDED, "示例：违规使用执法证件，暂扣待查"));
        }
        return officer;
    }

    private void legalStaff(CurrentUser admin, long agency, Long unit, String name, LegalStaff.Kind kind) {
        registry.addLegalStaff(admin, agency, new LegalStaffForm(name, kind, unit,
                kind == LegalStaff.Kind.PUBLIC_LAWYER ? "公职律师证" : "法律职业资格证书", "A2019" + name.hashCode() % 10000,
                LocalDate.of(2019, 9, 1), null, true, null));
    }

    private void user(String username, String displayName, Long agency, Role role) {
        if (users.exists(username)) {
            log.info("Demo user '{}' not created: the account exists already (its own password stays)", username);
            return;
        }
        users.create(username, PASSWORD, displayName, agency, EnumSet.of(role));
    }

    /** A neutral head-and-shoulders placeholder, so the portal shows where a photo goes. */
    private static byte[] silhouette(int seed) {
        BufferedImage img = new BufferedImage(96, 128, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1f3a5f));
        g.fillRect(0, 0, 96, 128);
        g.setColor(new Color(200 + seed % 40, 200, 210));
        g.fillOval(28, 22, 40, 46);
        g.fillRoundRect(14, 76, 68, 60, 30, 30);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
