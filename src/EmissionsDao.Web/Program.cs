using EmissionsDao.Chain;
using EmissionsDao.Chain.Identity;
using EmissionsDao.Chain.Indexing;
using EmissionsDao.Core;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Documents;
using EmissionsDao.Web.Api;
using EmissionsDao.Web.Audits;
using EmissionsDao.Web.Authentication;
using EmissionsDao.Web.Extensions;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = PortalServiceCollectionExtensions.LocateWebRoot(Directory.GetCurrentDirectory()),
});

builder.Services.AddEmissionsCore();
builder.AddEmissionsData();
builder.AddDocumentEncryption();
builder.AddEmissionsChain();
builder.AddChainIndexer();
builder.AddSignInWithEthereum();
builder.AddPortalServices();
builder.AddPortalSignIn();
builder.AddAuditFlows();
builder.AddPublicApi();

var app = builder.Build();

app.MapPortal();
app.MapSignInEndpoints();
app.MapAuditDocumentEndpoints();
app.MapPublicApi();

return await app.RunPortalAsync();

public partial class Program;
