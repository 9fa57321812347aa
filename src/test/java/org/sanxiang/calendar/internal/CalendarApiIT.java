package org.sanxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

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

    private CalendarHttp anonymous() {
        return new CalendarHttp(port);
    }

    private CalendarHttp as(String username) {
        return new CalendarHttp(port).as(username, PASSWORD);
    }

    @Test
    void theFifthWorkingDayAfterTheEveOfNationalDay2024IsTheMakeUpSaturday() {
        HttpResponse<String> r = anonymous().get("/api/v1/public/calendar/add-working-days?date=2024-09-30&days=5");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = CalendarHttp.json(r);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("date", "days", "result");
        assertThat(body.get("date").stringValue()).isEqualTo("2024-09-30");
        assertThat(body.get("days").intValue()).isEqualTo(5);
        assertThat(body.get("result").stringValue()).isEqualTo("2024-10-12");
    }

    @Test
    void anyoneCanAskWhetherADayIsAWorkingDay() {
        JsonNode holiday = CalendarHttp.json(anonymous().get("/api/v1/public/calendar/working-day?date=2024-10-01"));
        assertThat(holiday.get("date").stringValue()).isEqualTo("2024-10-01");
        assertThat(holiday.get("workingDay").booleanValue()).isFalse();
        JsonNode makeUp = CalendarHttp.json(anonymous().get("/api/v1/public/calendar/working-day?date=2024-10-12"));
        assertThat(makeUp.get("workingDay").booleanValue()).isTrue();
    }

    @Test
    void workingDaysBetweenCountsTheEndButNotTheStart() {
        JsonNode body = CalendarHttp.json(anonymous().get("/api/v1/public/calendar/working-days-between?from=2024-09-30&to=2024-10-12"));
        assertThat(body.get("workingDays").intValue()).isEqualTo(5);
    }

    @Test
    void aYearWithoutDataIsA422ProblemNamingTheRule() {
        HttpResponse<String> r = anonymous().get("/api/v1/public/calendar/add-working-days?date=2099-03-02&days=5");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = CalendarHttp.json(r);
        assertThat(problem.get("type").stringValue()).isEqualTo("urn:sanxiang:rule:calendar-year-missing");
        assertThat(problem.get("legalBasis").stringValue()).contains("节假日安排");
        assertThat(problem.get("messages").get("zh").stringValue()).contains("2099");
        assertThat(anonymous().get("/api/v1/public/calendar/working-day?date=2099-03-02").statusCode()).isEqualTo(422);
    }

    @Test
    void aCallerWhoAsksForAnEstimateGetsOneClearlyFlagged() {
        JsonNode body = CalendarHttp.json(anonymous().get("/api/v1/public/calendar/add-working-days?date=2099-03-02&days=5&estimate=true"));
        assertThat(body.get("result").stringValue()).isEqualTo("2099-03-09");
        assertThat(body.get("estimated").booleanValue()).isTrue();
        assertThat(body.get("yearsWithoutData").get(0).intValue()).isEqualTo(2099);
    }

    @Test
    void aBadDateOrNumberIsA400ProblemSayingWhichParameter() {
        HttpResponse<String> badDate = anonymous().get("/api/v1/public/calendar/working-day?date=2024-02-30");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(CalendarHttp.json(badDate).get("messages").get("zh").stringValue()).contains("参数 date");
        HttpResponse<String> negative = anonymous().get("/api/v1/public/calendar/add-working-days?date=2024-09-30&days=-1");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(CalendarHttp.json(negative).get("messages").get("zh").stringValue()).contains("参数 days");
        assertThat(anonymous().get("/api/v1/public/calendar/add-working-days?days=1").statusCode()).isEqualTo(400);
    }

    @Test
    void aPlatformAdministratorImportsAYearByApiAndReImportingReplacesIt() throws Exception {
        byte[] file = new ClassPathResource("calendar/2027-sample.json").getContentAsByteArray();
        HttpResponse<String> first = as("cal-admin").postJson("/api/v1/calendar/years", file);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(CalendarHttp.json(first).get("year").intValue()).isEqualTo(2027);
        assertThat(CalendarHttp.json(first).get("importedBy").stringValue()).isEqualTo("cal-admin");

        HttpResponse<String> again = as("cal-admin").postFile("/api/v1/calendar/years", "2027.json", file, null);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(CalendarHttp.json(again).get("replaced").booleanValue()).isTrue();
        assertThat(CalendarHttp.json(again).get("source").stringValue()).isEqualTo("2027.json");

        JsonNode makeUp = CalendarHttp.json(anonymous().get("/api/v1/public/calendar/working-day?date=2027-02-06"));
        assertThat(makeUp.get("workingDay").booleanValue()).as("the imported make-up Saturday").isTrue();
        JsonNode exported = CalendarHttp.json(anonymous().get("/api/v1/public/calendar/years/2027"));
        assertThat(exported.get("days").get(0).get("isOffDay").booleanValue()).isTrue();
        assertThat(as("cal-admin").get("/api/v1/calendar/imports").body()).contains("cal-admin", "2027.json");
    }

    @Test
    void anInvalidFileIsRefusedWithEveryProblemAndNothingIsStored() {
        String invalid = """
                {"year":2031,"papers":[],"days":[
                 {"name":"元旦","date":"2031-01-01","isOffDay":true},
                 {"name":"元旦","date":"2031-01-01","isOffDay":true},
                 {"name":"春节","date":"2031-02-30","isOffDay":true},
                 {"name":"国庆节","date":"2032-10-01","isOffDay":true}]}""";
        HttpResponse<String> r = as("cal-admin").postJson("/api/v1/calendar/years", invalid.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        String zh = CalendarHttp.json(r).get("messages").get("zh").stringValue();
        assertThat(zh).contains("共 3 处问题", "2031-01-01 重复出现", "2031-02-30", "不属于 2031 年");
        assertThat(store.years()).doesNotContain(2031);
        assertThat(as("cal-admin").postJson("/api/v1/calendar/years", "not json".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(400);
    }

    @Test
    void onlyAPlatformAdministratorMayImport() throws Exception {
        byte[] file = new ClassPathResource("calendar/2027-sample.json").getContentAsByteArray();
        assertThat(anonymous().postJson("/api/v1/calendar/years", file).statusCode()).isEqualTo(401);
        assertThat(as("cal-officer").postJson("/api/v1/calendar/years", file).statusCode()).isEqualTo(403);
        assertThat(as("cal-agency-admin").postJson("/api/v1/calendar/years", file).statusCode())
                .as("an agency's administrator would change every other agency's deadlines").isEqualTo(403);
        assertThat(as("cal-officer").get("/api/v1/calendar/imports").statusCode()).isEqualTo(403);
    }
}
