using EmissionsDao.Chain;
using EmissionsDao.Core.Data;
using EmissionsDao.Web.Extensions;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = PortalServiceCollectionExtensions.LocateWebRoot(Directory.GetCurrentDirectory()),
});

builder.AddEmissionsData();
builder.AddEmissionsChain();
builder.AddPortalServices();

var app = builder.Build();

app.MapPortal();

return await app.RunPortalAsync();

public partial class Program;
