package dev.dynasim.cli;

import dev.dynasim.api.ApiBatch;
import dev.dynasim.api.ApiHandler;
import dev.dynasim.json.BillExport;
import dev.dynasim.json.IamPolicies;
import dev.dynasim.json.PriceSheetFiles;
import dev.dynasim.json.WhatIfRuns;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dynasim api}: DynamoDB's JSON protocol over JSON Lines, standard input to standard output. */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = {"DynamoDB's JSON protocol: JSON Lines requests in, one answer line each out.",
                "",
                "Reads one request per line from standard input,",
                "  {\"operation\": \"PutItem\", \"request\": {...wire body...}}",
                "runs them in order against one fresh in-memory database and writes one",
                "answer per line to standard output:",
                "  {\"response\": {...}} or {\"error\": {\"__type\": \"...\", \"message\": \"...\"}}",
                "",
                "A line may be made as an IAM principal defined earlier with DynasimPutPrincipal:",
                "  {\"operation\": \"DynasimPutPrincipal\", \"request\": {\"Arn\": \"arn:aws:iam::123456789012:user/alice\",",
                "     \"UserId\": \"alice\", \"Policies\": [{\"PolicyArn\": \"...\", \"Document\": {...IAM policy...}}]}}",
                "  {\"principal\": \"arn:aws:iam::123456789012:user/alice\", \"operation\": \"GetItem\", \"request\": {...}}",
                "",
                "The bill so far, at the shipped us-east-1 prices (dynasim-bill/1):",
                "  {\"operation\": \"DynasimGetBill\", \"request\": {}}",
                "A scenario's what-if replay (on demand, provisioned, auto scaling, server cluster):",
                "  {\"operation\": \"DynasimWhatIf\", \"request\": {\"Scenario\": \"daily-peak\"}}"})
public final class ApiCommand implements Callable<Integer> {

    @Option(names = "--spacing-ms", paramLabel = "MILLIS",
            description = "Simulated time between two requests (default: ${DEFAULT-VALUE} ms, one tick).")
    private long spacingMillis = ApiHandler.DEFAULT_SPACING_MILLIS;

    @Option(names = "--frozen", description = "Freeze simulated time: every request happens at the same instant.")
    private boolean frozen;

    @Override
    public Integer call() {
        if (spacingMillis < 0) throw new IllegalArgumentException("--spacing-ms must be 0 or more, got " + spacingMillis);
        ApiBatch.run(ApiHandler.ticking(frozen ? 0 : spacingMillis).policyReader(IamPolicies::parse)
                .billing(PriceSheetFiles.shipped("us-east-1"), BillExport::json).whatIf(WhatIfRuns::json), System.in, System.out);
        return 0;
    }
}
