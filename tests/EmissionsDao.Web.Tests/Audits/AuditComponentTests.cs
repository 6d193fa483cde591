using System.Text;
using Bunit;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Core;
using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Import;
using EmissionsDao.Web.Audits;
using EmissionsDao.Web.Components.Audits;
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
