// @lesson 6 Pay-per-use
// @minutes 20
// @sources https://aws.amazon.com/dynamodb/pricing/ ; https://aws.amazon.com/dynamodb/pricing/on-demand/ ; https://aws.amazon.com/dynamodb/pricing/provisioned/ ; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html ; https://dynamodbguide.com/mongo-db-vs-dynamo-db
import static dev.dynasim.shell.Shell.*;
import dev.dynasim.shell.Check;
import dev.dynasim.engine.workload.*;
import static dev.dynasim.engine.workload.KeyDistribution.*;
reset(6);

// @step One hour on demand
// An on-demand table pays per request: $0.625 per million write request units and $0.125 per
// million read request units in us-east-1 since November 2024 (facts P1, P2). An hour of 200
// requests a second, 3 eventually consistent gets of 1 KB to 1 put (a rate-level workload:
// metered per second, no items stored), then the bill, line by line.
var onDemand = createTable("OnDemand", partitionKey("Id", S))
sim().addRateWorkload(new Workload("OnDemand", uniform(1_000_000), RateShape.constant(200), OperationMix.of(3, 1, 0, 0, 0), "a"), 100);
run(3600)
onDemand.usage()
bill()

// @step The same hour, provisioned
// A provisioned table pays for capacity per hour whether it is used or not: $0.00065 per
// WCU-hour and $0.00013 per RCU-hour (facts P3). The same traffic needs 50 WCU and 75 RCU on
// average; this table has 150 of each, so it pays for three times what it uses of the writes.
reset(6);
var provisioned = createTable("Provisioned", 150, 150, partitionKey("Id", S))
sim().addRateWorkload(new Workload("Provisioned", uniform(1_000_000), RateShape.constant(200), OperationMix.of(3, 1, 0, 0, 0), "b"), 100);
run(3600)
provisioned.usage()
bill()

// @step The free tier and a month
// Every account has an always-free 25 GB of storage and 25 WCU + 25 RCU of provisioned capacity
// (facts P8): the "(account)" line above credits it. Over a 30-day month (720 hours) 100 WCU cost
// 100 x 720 x $0.00065 = $46.80, or $35.10 after the free 25 WCU (worked example 40).
100 * 720 * 0.00065
75 * 720 * 0.00065

// @step Which is cheaper?
// A WCU-hour ($0.00065) serves up to 3,600 writes of 1 KB; on demand those cost $0.00225. So
// provisioned wins once its average utilization passes about 28.9% (worked example 41).
0.00065 / (3600 * 0.625 / 1e6)

// @step A day with a peak: four ways to pay
// whatIf replays one day of the shipped "daily-peak" scenario (500 to 3,500 requests a second,
// peak at 14:00) on demand, provisioned at a fixed 1,000 RCU / 200 WCU, with auto scaling (target
// tracking, 70%, facts P13, P14), and on a MongoDB-style cluster of three servers sized for the
// peak, billed per instance-hour busy or idle (facts M1; its capacities are teaching
// assumptions). Fixed provisioning is cheapest but throttles at the peak. This takes a few seconds.
whatIf("daily-peak")

// @step And a month
// The same day thirty times over (a 30-day month of 720 hours, as in worked example 40): on
// demand about $616, auto scaling about $278, the three servers about $231, and fixed
// provisioning $173 while refusing 18.7% of the requests at every daily peak. Servers are cheap
// only while their traffic stays near the peak they were sized for; on demand needs no sizing.
String.format("on demand $%.2f, auto scaling $%.2f, server cluster $%.2f, provisioned $%.2f", 20.52 * 30, 9.27 * 30, 7.71 * 30, 5.77 * 30)

// @step The servers behind the cluster
// The cluster's bill is instances times hours: the same every hour of the day, at 4 a.m. as at
// the 14:00 peak. servers() lists the instance types and their hourly prices (EC2 list prices;
// the reads and writes a second each sustains are dynasim's teaching assumptions).
servers()

// @exercise cheap-hour
// Serve 100 writes a second of 1 KB for one hour on a new table called "Steady", with nothing
// throttled, for less than $0.10 on Steady's own lines of the bill. Create the table, then add
// this workload and run the hour:
//   sim().addRateWorkload(new Workload("Steady", uniform(1_000_000), RateShape.constant(100),
//           OperationMix.only(Operation.PUT), "steady"), 100);
//   run(3600);
// @hint On demand, 360,000 writes cost 0.36 x $0.625 = $0.225. What do 100 WCU cost for an hour? To start over after a wrong attempt (the name Steady is taken, and its workload and bill stay): reset(6); then the three lines again.
// @solution var steady = createTable("Steady", 1, 100, partitionKey("Id", S));
// @solution sim().addRateWorkload(new Workload("Steady", uniform(1_000_000), RateShape.constant(100), OperationMix.only(Operation.PUT), "steady"), 100);
// @solution run(3600);
// @starter // var steady = createTable("Steady", ...); on demand, or provisioned with what capacity?
// @starter // then the addRateWorkload(...) line above and run(3600);
// @wrong var steady = createTable("Steady", partitionKey("Id", S));
// @wrong sim().addRateWorkload(new Workload("Steady", uniform(1_000_000), RateShape.constant(100), OperationMix.only(Operation.PUT), "steady"), 100);
// @wrong run(3600);
// @check checkCheapHour()
Check checkCheapHour() {
    String id = "cheap-hour";
    String again = ". To start over (the name Steady is taken, and its workload and bill stay): reset(6); then "
            + "createTable, addRateWorkload and run(3600) again";
    if (!database().tableNames().contains("Steady")) return Check.fail(id, "there is no table called Steady yet");
    var u = table("Steady").usage();
    if (u.requests() + u.throttledRequests() < 359_000) {
        return Check.fail(id, "Steady was offered " + (u.requests() + u.throttledRequests()) + " requests: add the workload and run(3600) for an hour of 100 writes a second");
    }
    if (u.throttledRequests() > 0) {
        return Check.fail(id, u.throttledRequests() + " requests were throttled: 100 writes a second of 1 KB need 100 WCU (facts F2.2)" + again);
    }
    var amount = bill().byTable().getOrDefault("Steady", java.math.BigDecimal.ZERO);
    return Check.that(id, amount.compareTo(new java.math.BigDecimal("0.10")) < 0, "Steady's lines under $0.10",
            "$" + amount.setScale(4, java.math.RoundingMode.HALF_UP),
            "on demand every write is billed ($0.625 per million WRU); a provisioned table pays $0.00065 per WCU-hour (facts P1, P3)" + again);
}
