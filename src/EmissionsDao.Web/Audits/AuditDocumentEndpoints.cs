using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Documents;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Requests;
using EmissionsDao.Web.Authentication;

namespace EmissionsDao.Web.Audits;

public static class AuditDocumentEndpoints
{
    /// <summary>
    /// <c>GET /audits/{requestId}/documents/{documentId}</c>: the decrypted document, for the requester and the drawn
    /// auditors only (read from the chain); 404 when the request or document does not exist, 403 for anyone else.
    /// <c>GET /audits/templates/{kind}.csv</c>: the CSV template of an activity type.
    /// </summary>
    public static IEndpointRouteBuilder MapAuditDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/audits/{requestId}/documents/{documentId:long}", async (string requestId, long documentId, HttpContext http, AuditPortalService portal, AuditRequestStore store) =>
        {
            var address = PortalClaimTypes.AddressOf(http.User);
            var (view, role) = await portal.ReadForAsync(requestId, address, http.RequestAborted);
            if (view is null)
            {
                return Results.NotFound();
            }

            if (role == RequestRole.None || address is null)
            {
                return Results.Text("Only the requester and the drawn auditors may read this request's documents.", statusCode: StatusCodes.Status403Forbidden);
            }

            try
            {
                var document = await store.ReadDocumentAsync(view.Stored.Id, documentId, address, http.RequestAborted);
                return document is null
                    ? Results.NotFound()
                    : Results.File(document.Content, document.Summary.ContentType, document.Summary.FileName);
            }
            catch (DocumentAccessDeniedException)
            {
                return Results.Text("This document was not shared with your account.", statusCode: StatusCodes.Status403Forbidden);
            }
        }).ExcludeFromDescription();

        endpoints.MapGet("/audits/templates/{kind}.csv", (string kind) =>
        {
            if (!ActivityKinds.TryParse(kind, out var match))
            {
                return Results.NotFound();
            }

            var template = CsvTemplates.For(match);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(template.Text), "text/csv", template.FileName);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
