package org.sanxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calendar API of API-CONTRACT.md and the import API, over real HTTP. */
@IntegrationTest
class CalendarApiIT {

    private static final String PASSWORD = "calendar-test-passphrase";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    CalendarStore store;

    @BeforeEach
    void users() {
        createOnce("cal-admin", null, Role.ADMIN);
        createOnce("cal-agency-admin", 999L, Role.ADMIN);
        createOnce("cal-officer", 999L, Role.OFFICER);
    }

    private void createOnce(String username, Long agencyId, Role role) {
        try {
            users.create(username, PASSWORD, username, agencyId, Set.of(role));
        } catch (InvalidInputException alreadyThere) {
            // created by an earlier test in the same application context
        }
    }

    private ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }

    private ApiClient as(String username) {
        return anonymous().as(username, PASSWORD);
    }

    /** A holiday file as a JSON tree; {@link ApiClient#post} writes it back as the request body. */
    private static JsonNode json(byte[] file) {
        return JsonMapper.builder().build().readTree(file);
    }

    @Test
    void theFifthWorkingDayAfterTheEveOfNationalDay2024IsTheMakeUpSaturday() {
        ApiClient.Response r = anonymous().get("/api/v1/public/calendar/add-working-days?date=2024-09-30&days=5");
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("date", "days", "result");
        assertThat(body.get("date").stringValue()).isEqualTo("2024-09-30");
        assertThat(body.get("days").intValue()).isEqualTo(5);
        assertThat(body.get("result").stringValue()).isEqualTo("2024-10-12");
    }

    @Test
    void anyoneCanAskWhetherADayIsAWorkingDay() {
        JsonNode holiday = anonymous().get("/api/v1/public/calendar/working-day?date=2024-10-01").json();
        assertThat(holiday.get("date").stringValue()).isEqualTo("2024-10-01");
        assertThat(holiday.get("workingDay").booleanValue()).isFalse();
        JsonNode makeUp = anonymous().get("/api/v1/public/calendar/working-day?date=2024-10-12").json();
        assertThat(makeUp.get("workingDay").booleanValue()).isTrue();
    }

    @Test
    void workingDaysBetweenCountsTheEndButNotTheStart() {
        JsonNode body = anonymous().get("/api/v1/public/calendar/working-days-between?from=2024-09-30&to=2024-10-12").json();
        assertThat(body.get("workingDays").intValue()).isEqualTo(5);
    }

    @Test
    void aYearWithoutDataIsA422ProblemNamingTheRule() {
        ApiClient.Response r = anonymous().get("/api/v1/public/calendar/add-working-days?date=2099-03-02&days=5");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("type").stringValue()).isEqualTo("urn:sanxiang:rule:calendar-year-missing");
        assertThat(problem.get("legalBasis").stringValue()).contains("节假日安排");
        assertThat(problem.get("messages").get("zh").stringValue()).contains("2099");
        assertThat(anonymous().get("/api/v1/public/calendar/working-day?date=2099-03-02").status()).isEqualTo(422);
    }

    @Test
    void aCallerWhoAsksForAnEstimateGetsOneClearlyFlagged() {
        JsonNode body = anonymous().get("/api/v1/public/calendar/add-working-days?date=2099-03-02&days=5&estimate=true").json();
        assertThat(body.get("result").stringValue()).isEqualTo("2099-03-09");
        assertThat(body.get("estimated").booleanValue()).isTrue();
        assertThat(body.get("yearsWithoutData").get(0).intValue()).isEqualTo(2099);
    }

    @Test
    void aBadDateOrNumberIsA400ProblemSayingWhichParameter() {
        ApiClient.Response badDate = anonymous().get("/api/v1/public/calendar/working-day?date=2024-02-30");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("messages").get("zh").stringValue()).contains("参数 date");
        ApiClient.Response negative = anonymous().get("/api/v1/public/calendar/add-working-days?date=2024-09-30&days=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("messages").get("zh").stringValue()).contains("参数 days");
        assertThat(anonymous().get("/api/v1/public/calendar/add-working-days?days=1").status()).isEqualTo(400);
    }

    @Test
    void aDateOutsideTheYears1900To9999IsA400ProblemNotAServerError() {
        for (String path : new String[] {
                "/add-working-days?date=%2B999999999-12-31&days=1",
                "/add-working-days?date=%2B999999999-12-31&days=1&estimate=true",
                "/working-days-between?from=%2B999999999-12-01&to=%2B999999999-12-31",
                "/working-days-between?from=%2B999999999-12-01&to=%2B999999999-12-31&estimate=true",
                "/working-day?date=1899-12-31",
                "/working-day?date=-0001-01-01&estimate=true"}) {
            ApiClient.Response r = anonymous().get("/api/v1/public/calendar" + path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.json().get("messages").get("zh").stringValue()).as(path).contains("1900", "9999");
            assertThat(r.json().get("messages").get("en").stringValue()).as(path).contains("1900", "9999");
        }
        assertThat(anonymous().get("/api/v1/public/calendar/add-working-days?date=9999-12-31&days=3660").status())
                .as("the last day of the range is a date like any other without data").isEqualTo(422);
    }

    @Test
    void aPlatformAdministratorImportsAYearByApiAndReImportingReplacesIt() throws Exception {
        byte[] file = new ClassPathResource("calendar/2027-sample.json").getContentAsByteArray();
        ApiClient.Response first = as("cal-admin").post("/api/v1/calendar/years", json(file));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("year").intValue()).isEqualTo(2027);
        assertThat(first.json().get("importedBy").stringValue()).isEqualTo("cal-admin");

        ApiClient.Response again = as("cal-admin").upload("/api/v1/calendar/years", "2027.json", file);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("replaced").booleanValue()).isTrue();
        assertThat(again.json().get("source").stringValue()).isEqualTo("2027.json");

        JsonNode makeUp = anonymous().get("/api/v1/public/calendar/working-day?date=2027-02-06").json();
        assertThat(makeUp.get("workingDay").booleanValue()).as("the imported make-up Saturday").isTrue();
        JsonNode exported = anonymous().get("/api/v1/public/calendar/years/2027").json();
        assertThat(exported.get("days").get(0).get("isOffDay").booleanValue()).isTrue();
        assertThat(as("cal-admin").get("/api/v1/calendar/imports").text()).contains("cal-admin", "2027.json");
    }

    @Test
    void anInvalidFileIsRefusedWithEveryProblemAndNothingIsStored() {
        String invalid = """
                {"year":2031,"papers":[],"days":[
                 {"name":"元旦","date":"2031-01-01","isOffDay":true},
                 {"name":"元旦","date":"2031-01-01","isOffDay":true},
                 {"name":"春节","date":"2031-02-30","isOffDay":true},
                 {"name":"国庆节","date":"2032-10-01","isOffDay":true}]}""";
        ApiClient.Response r = as("cal-admin").post("/api/v1/calendar/years", json(invalid.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        String zh = r.json().get("messages").get("zh").stringValue();
        assertThat(zh).contains("共 3 处问题", "2031-01-01 重复出现", "2031-02-30", "不属于 2031 年");
        assertThat(store.years()).doesNotContain(2031);
        ApiClient.Response notAnObject = as("cal-admin").post("/api/v1/calendar/years", "2031");
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(notAnObject.json().get("messages").get("zh").stringValue()).contains("JSON 对象");
    }

    @Test
    void onlyAPlatformAdministratorMayImport() throws Exception {
        JsonNode file = json(new ClassPathResource("calendar/2027-sample.json").getContentAsByteArray());
        assertThat(anonymous().post("/api/v1/calendar/years", file).status()).isEqualTo(401);
        assertThat(as("cal-officer").post("/api/v1/calendar/years", file).status()).isEqualTo(403);
        assertThat(as("cal-agency-admin").post("/api/v1/calendar/years", file).status())
                .as("an agency's administrator would change every other agency's deadlines").isEqualTo(403);
        assertThat(as("cal-officer").get("/api/v1/calendar/imports").status()).isEqualTo(403);
    }
}
