using System.Text;
using Bunit;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Core;
using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Documents;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Requests;
using EmissionsDao.Web.Audits;
using EmissionsDao.Web.Components.Audits;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EmissionsDao.Web.Tests.Audits;

public sealed class AuditComponentTests
{
    private static readonly string Header = CsvTemplates.For(ActivityKind.Electricity).Header;

    [Fact]
    public async Task Upload_with_a_bad_row_shows_its_line_column_and_message_and_yields_nothing()
    {
        await using var context = NewContext();
        ImportedActivityFile? imported = null;
        var rejected = 0;
        var upload = context.Render<ActivityUpload>(p => p
            .Add(u => u.Kind, ActivityKind.Electricity)
            .Add(u => u.OnImported, (ImportedActivityFile file) => imported = file)
            .Add(u => u.OnRejected, () => rejected++));

        await upload.InvokeAsync(() => upload.Instance.ImportAsync("jan.csv", Csv($"{Header}\n2025-01-01,2025-01-15,250,CAMX\n2025-01-16,2025-01-31,-5,CAMX\n")));

        Assert.Null(imported);
        Assert.Equal(1, rejected);
        Assert.Contains("nothing was stored", upload.Find("[data-testid=import-failed]").TextContent);
        Assert.Equal("3", upload.Find("[data-testid=error-line]").TextContent);
        Assert.Equal("kwh", upload.Find("[data-testid=error-column]").TextContent);
        Assert.False(string.IsNullOrWhiteSpace(upload.Find("[data-testid=error-message]").TextContent));
    }

    [Fact]
    public async Task Upload_of_a_good_file_hands_over_the_rows_and_their_calculation()
    {
        await using var context = NewContext();
        ImportedActivityFile? imported = null;
        var upload = context.Render<ActivityUpload>(p => p
            .Add(u => u.Kind, ActivityKind.Electricity)
            .Add(u => u.OnImported, (ImportedActivityFile file) => imported = file));

        await upload.InvokeAsync(() => upload.Instance.ImportAsync("jan.csv", Csv($"{Header}\n2025-01-01,2025-01-15,250,CAMX\n2025-01-16,2025-01-31,250,CAMX\n")));

        Assert.NotNull(imported);
        Assert.Equal(2, imported.Import.Rows.Count);
        Assert.Equal(imported.Calculation.Rows[0].KgCo2e * 2, imported.Calculation.TotalKgCo2e);
        Assert.Empty(upload.FindAll("[data-testid=import-errors]"));
    }

    [Fact]
    public async Task Upload_of_a_big_file_moves_one_bar_through_checking_and_calculating_every_row()
    {
        await using var context = NewContext();
        ImportedActivityFile? imported = null;
        var upload = context.Render<ActivityUpload>(p => p
            .Add(u => u.Kind, ActivityKind.Electricity)
            .Add(u => u.OnImported, (ImportedActivityFile file) => imported = file));
        var shown = new List<(string Stage, double Percent)>();
        upload.OnMarkupUpdated += (_, _) =>
        {
            if (upload.FindAll("[data-testid=upload-stage]") is [var stage])
            {
                shown.Add((stage.TextContent, double.Parse(upload.Find("[data-testid=upload-progress]").GetAttribute("aria-valuenow")!, System.Globalization.CultureInfo.InvariantCulture)));
            }
        };
        var rows = new StringBuilder(Header).Append('\n');
        var day = new DateOnly(1990, 1, 1);
        for (var i = 0; i < 10_000; i++, day = day.AddDays(1))
        {
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},{day:yyyy-MM-dd},{100 + (i % 50)},CAMX\n");
        }

        await upload.InvokeAsync(() => upload.Instance.ImportAsync("decades.csv", Csv(rows.ToString())));

        Assert.NotNull(imported);
        Assert.Equal(10_000, imported.Import.Rows.Count);
        Assert.Contains(("decades.csv · step 2 of 3 · Checking every row: line 0 of 10,001", 40d), shown);
        Assert.Contains(shown, s => s.Stage == "decades.csv · step 2 of 3 · Checking every row: line 8,192 of 10,001" && s.Percent > 40 && s.Percent < 85);
        Assert.Contains(shown, s => s.Stage == "decades.csv · step 3 of 3 · Calculating emissions: row 8,192 of 10,000" && s.Percent > 85 && s.Percent < 100);
        Assert.Equal(shown.Select(s => s.Percent).Order(), shown.Select(s => s.Percent));
        Assert.Empty(upload.FindAll("[data-testid=upload-progress]"));
    }

    [Theory]
    [InlineData(UploadStage.Reading, 0, 1000, 0)]
    [InlineData(UploadStage.Reading, 500, 1000, 20)]
    [InlineData(UploadStage.Checking, 0, 0, 40)]
    [InlineData(UploadStage.Checking, 1000, 1000, 85)]
    [InlineData(UploadStage.Calculating, 2000, 1000, 100)]
    public void Upload_progress_gives_each_stage_its_share_of_one_bar(UploadStage stage, long done, long total, double percent) =>
        Assert.Equal(percent, new UploadProgress(stage, done, total).Percent, precision: 6);

    [Fact]
    public void Upload_progress_counts_lines_as_the_importer_numbers_them()
    {
        Assert.Equal(0, UploadProgress.CountLines([]));
        Assert.Equal(2, UploadProgress.CountLines("a\nb"u8));
        Assert.Equal(2, UploadProgress.CountLines("a\nb\n"u8));
        Assert.Equal("Reading the file: 50 % of 2 KB", new UploadProgress(UploadStage.Reading, 1024, 2048).Text);
    }

    [Fact]
    public async Task Message_attachments_of_a_refused_type_or_over_the_limit_are_refused_with_what_to_change()
    {
        await using var context = NewContext();
        context.Services.AddSingleton(new DocumentEncryptor(new byte[32], maxSizeBytes: 1024));
        (string Text, IReadOnlyList<DocumentUpload> Attachments)? sent = null;
        var thread = context.Render<MessageThread>(p => p
            .Add(t => t.Messages, [])
            .Add(t => t.RequestId, "7")
            .Add(t => t.CanWrite, true)
            .Add(t => t.OnSend, ((string Text, IReadOnlyList<DocumentUpload> Attachments) message) => sent = message));
        var pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

        thread.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary([0x4D, 0x5A], "setup.exe", contentType: "application/x-msdownload"),
            InputFileContent.CreateFromBinary([.. pdf, .. new byte[1024]], "scan.pdf", contentType: "application/pdf"),
            InputFileContent.CreateFromText("not a pdf", "bill.pdf", contentType: "application/pdf"),
            InputFileContent.CreateFromBinary(pdf, "meter.pdf", contentType: "application/pdf"));

        var problems = thread.FindAll("[data-testid=attachment-problem]").Select(p => p.TextContent).ToList();
        Assert.Equal(3, problems.Count);
        Assert.StartsWith("setup.exe: Documents of type 'application/x-msdownload' are not accepted", problems[0], StringComparison.Ordinal);
        Assert.Equal("scan.pdf: The document is 1 KB (1,039 bytes); the limit is 1 KB (1,024 bytes).", problems[1]);
        Assert.Equal("bill.pdf: The content is not a valid PDF file: check the file and its type.", problems[2]);
        await thread.Find("[data-testid=message-send]").ClickAsync(new());
        var attached = Assert.Single(sent!.Value.Attachments);
        Assert.Equal(("meter.pdf", "application/pdf"), (attached.FileName, attached.ContentType));
        Assert.Equal(pdf, attached.Content);
    }

    [Fact]
    public async Task Request_timeline_lists_the_steps_reached_with_their_details()
    {
        await using var context = NewContext();

        var timeline = context.Render<RequestTimeline>(p => p
            .Add(t => t.Steps, [AuditStep.Requested, AuditStep.PanelDrawn, AuditStep.InfoRequested, AuditStep.Committed, AuditStep.Revealed, AuditStep.Declined])
            .Add(t => t.Details, step => step == AuditStep.Committed ? "1 of 1" : ""));

        var steps = timeline.FindAll("[data-testid=timeline-step]").Select(s => s.TextContent).ToList();
        Assert.Equal(["Requested", "Panel drawn", "Info requested", "Committed · 1 of 1", "Revealed", "Declined"], steps);
    }

    [Fact]
    public async Task Auditor_form_turns_kg_into_grams_with_the_factor_set_hash()
    {
        await using var context = NewContext();
        AuditorResultInput? submitted = null;
        var factorSet = "0x" + new string('a', 64);
        var form = context.Render<AuditorResultForm>(p => p
            .Add(f => f.DefaultKg, 99.3705m)
            .Add(f => f.DefaultFactorSetHash, factorSet)
            .Add(f => f.OnSubmit, (AuditorResultInput input) => submitted = input));

        await form.Find("[data-testid=commit-result]").ClickAsync(new());

        Assert.NotNull(submitted);
        Assert.True(submitted.Issue);
        Assert.Equal(EmissionsUnits.ToGrams(99.3705m), submitted.Grams);
        Assert.Equal(99_371, submitted.Grams);
        Assert.Equal(Convert.FromHexString(new string('a', 64)), submitted.FactorSetHash);
    }

    [Fact]
    public void Auditor_input_refuses_a_decline_without_explanation_and_a_bad_hash()
    {
        Assert.Equal("Explain the decline to the requester.", AuditorResultInput.TryCreate(false, null, null, DeclineReason.OutOfScope, " ", out var none));
        Assert.Null(none);
        Assert.Contains("64 hex digits", AuditorResultInput.TryCreate(true, "12.5", "0x1234", DeclineReason.OutOfScope, null, out _));
        Assert.Contains("non-negative", AuditorResultInput.TryCreate(true, "-1", "0x" + new string('b', 64), DeclineReason.OutOfScope, null, out _));
        Assert.Null(AuditorResultInput.TryCreate(false, null, null, DeclineReason.InsufficientEvidence, "No bill.", out var decline));
        Assert.Equal(new AuditorResultInput(false, 0, decline!.FactorSetHash, DeclineReason.InsufficientEvidence, "No bill."), decline);
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.Services.AddEmissionsCore();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }
}
