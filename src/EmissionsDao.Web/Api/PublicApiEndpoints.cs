using System.Globalization;
using System.Numerics;
using System.Text;
using EmissionsDao.Chain.Governance;
using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Data.ChainIndex;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace EmissionsDao.Web.Api;

/// <summary>The public API: estimates from activity files, audited records by subject and in bulk, proposals. Documented at /openapi/v1.json.</summary>
public static class PublicApiEndpoints
{
    /// <summary>The ?kind= values of a CSV estimate, with the activity kind each means.</summary>
    public static readonly IReadOnlyDictionary<string, ActivityKind> CsvKinds = new Dictionary<string, ActivityKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["flight"] = ActivityKind.Flight,
        ["shipment"] = ActivityKind.Shipment,
        ["electricity"] = ActivityKind.Electricity,
        ["gas"] = ActivityKind.NaturalGas,
        ["fuel"] = ActivityKind.RoadFuel,
        ["other"] = ActivityKind.Other,
    };

    public static IHostApplicationBuilder AddPublicApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapPublicApi(this WebApplication app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api").WithTags("Public API").DisableAntiforgery();

        api.MapPost("/estimate", EstimateAsync)
            .WithName("Estimate")
            .WithSummary("Estimates kg CO2e of an activity file")
            .WithDescription("CSV (text/csv) with ?kind=flight|shipment|electricity|gas|fuel|other, or JSON (application/json): an array of activities, each with a \"kind\". A file with any bad row gets 400 with every row error (line, column, message).")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Documented rather than declared with Accepts: routing would answer 415 before the endpoint could say what to fix.
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The activity file: CSV of one kind, or a JSON array of activities.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                        ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Object } } },
                    },
                };
                return Task.CompletedTask;
            })
            .Produces<EstimateResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/subjects/{subjectKey}/records", SubjectRecordsAsync)
            .WithName("SubjectRecords")
            .WithSummary("A subject's audited records in time order, with the gaps between them")
            .WithDescription("subjectKey is the bytes32 key on chain (0x + 64 hex digits), or the owner's address, a slash and the owner's key for the subject (URL-escaped, e.g. 0x7099…79c8%2Futility%20123%20%2F%20account%20456), from which the portal derives the bytes32 key: SHA-256 of \"owner address in lower case/subject key\".")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/records/export", ExportAsync)
            .WithName("ExportRecords")
            .WithSummary("Every audited record (or one subject's) as CSV or JSON")
            .Produces<IReadOnlyList<RecordResponse>>(contentType: "application/json")
            .Produces<string>(contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/proposals", ListProposalsAsync)
            .WithName("Proposals")
            .WithSummary("Governor proposals, newest first, with state and tally");
        api.MapGet("/proposals/{proposalId}", ProposalAsync)
            .WithName("Proposal")
            .WithSummary("One governor proposal with state and tally");
        return app;
    }

    private static async Task<Results<Ok<EstimateResponse>, ProblemHttpResult>> EstimateAsync(
        HttpRequest request,
        string? kind,
        ActivityCsvImporter csvImporter,
        ActivityJsonImporter jsonImporter,
        EmissionsCalculator calculator,
        CancellationToken cancellationToken)
    {
        var isJson = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        ImportResult imported;
        if (isJson)
        {
            imported = await jsonImporter.ImportAsync(request.Body, cancellationToken);
        }
        else if (kind is null || !CsvKinds.TryGetValue(kind, out var activityKind))
        {
            return TypedResults.Problem(
                title: "Unknown activity kind",
                detail: $"A CSV estimate needs ?kind= one of {string.Join(", ", CsvKinds.Keys)}{(kind is null ? string.Empty : $" (got \"{kind}\")")}; or send JSON with Content-Type: application/json.",
                statusCode: StatusCodes.Status400BadRequest);
        }
        else
        {
            imported = await csvImporter.ImportAsync(activityKind, request.Body, cancellationToken);
        }

        return imported switch
        {
            ImportResult.Succeeded rows when rows.Rows.Count == 0 => TypedResults.Problem(
                title: "No activities",
                detail: "The file has no activity rows: add at least one row under the header.",
                statusCode: StatusCodes.Status400BadRequest),
            ImportResult.Succeeded rows => TypedResults.Ok(EstimateResponse.From(calculator.Calculate(rows.Activities), [.. rows.Rows.Select(r => r.Line)])),
            ImportResult.Failed failed => TypedResults.Problem(
                title: "The activity file has errors",
                detail: $"{failed.Errors.Count} error(s): fix each row listed in \"errors\" (line, column, message) and send the whole file again; nothing was calculated.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = failed.Errors.Select(e => new RowError(e.Line, e.Column, e.Message)).ToList() }),
            _ => throw new InvalidOperationException("Unknown import result."),
        };
    }

    private static async Task<Results<Ok<SubjectRecordsResponse>, ProblemHttpResult>> SubjectRecordsAsync(string subjectKey, ChainIndexQueries index, CancellationToken cancellationToken)
    {
        // Routing leaves an escaped '/' (%2F) in a route value; "owner/key" always has one.
        if (!SubjectChainKey.TryResolve(Uri.UnescapeDataString(subjectKey), out var key, out var problem))
        {
            return UnknownSubject(problem);
        }

        var timeline = SubjectTimeline.Of(key, await index.RecordsAsync(key, cancellationToken));
        return TypedResults.Ok(new SubjectRecordsResponse(
            key,
            [.. timeline.Records.Select(RecordResponse.From)],
            [.. timeline.Gaps.Select(g => new GapResponse(g.Start, g.End, g.Days))],
            timeline.TotalGrams));
    }

    private static async Task<IResult> ExportAsync(string? format, string? subjectKey, ChainIndexQueries index, CancellationToken cancellationToken)
    {
        format ??= "json";
        if (format is not ("csv" or "json"))
        {
            return TypedResults.Problem(
                title: "Unknown export format",
                detail: $"format must be csv or json (got \"{format}\").",
                statusCode: StatusCodes.Status400BadRequest);
        }

        string? key = null;
        if (subjectKey is not null && !SubjectChainKey.TryResolve(subjectKey, out key, out var problem))
        {
            return UnknownSubject(problem);
        }

        var records = (await index.RecordsAsync(key, cancellationToken)).Select(RecordResponse.From).ToList();
        if (format == "json")
        {
            return TypedResults.Ok(records);
        }

        var csv = new StringBuilder("record_id,subject_key,owner,start_date,end_date,grams_co2e,request_id,token_id,block\n");
        foreach (var r in records)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r.RecordId},{r.SubjectKey},{r.Owner},{r.StartDate:yyyy-MM-dd},{r.EndDate:yyyy-MM-dd},{r.Grams},{r.RequestId},{r.TokenId},{r.Block}\n");
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "emissions-records.csv");
    }

    private static ProblemHttpResult UnknownSubject(string problem) =>
        TypedResults.Problem(title: "Unknown subject", detail: problem, statusCode: StatusCodes.Status400BadRequest);

    private static async Task<Ok<List<ProposalResponse>>> ListProposalsAsync(ProposalReader proposals) =>
        TypedResults.Ok((await proposals.ListAsync()).Select(ToResponse).ToList());

    private static async Task<Results<Ok<ProposalResponse>, ProblemHttpResult>> ProposalAsync(string proposalId, ProposalReader proposals)
    {
        if (!BigInteger.TryParse(proposalId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return TypedResults.Problem(
                title: "Bad proposal id",
                detail: $"The proposal id is the governor's uint256 in decimal digits (got \"{proposalId}\").",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await proposals.ReadAsync(id) is { } proposal
            ? TypedResults.Ok(ToResponse(proposal))
            : TypedResults.Problem(
                title: "No such proposal",
                detail: $"The governor has no proposal {proposalId}: list them at /api/proposals.",
                statusCode: StatusCodes.Status404NotFound);
    }

    private static ProposalResponse ToResponse(ProposalSummary p) => new(
        p.ProposalId.ToString(),
        p.Description,
        p.Proposer,
        p.State.ToString(),
        p.VoteStart,
        p.VoteEnd,
        p.Eta,
        new ProposalTally(p.ForVotes.ToString(), p.AgainstVotes.ToString(), p.AbstainVotes.ToString(), p.Quorum.ToString(), p.QuorumReached),
        [.. p.Actions.Select(a => a.Description)],
        p.Voters.Count,
        p.CreatedAtBlock);
}
