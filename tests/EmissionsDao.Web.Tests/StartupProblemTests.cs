using EmissionsDao.Chain;
using EmissionsDao.Core.Data;
using EmissionsDao.Web.Extensions;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Web.Tests;

public sealed class StartupProblemTests
{
    [Fact]
    public void Configuration_problems_become_one_operator_line()
    {
        var chain = new ChainConfigurationException("Chain:RpcUrl http://x is unreachable: start the node");
        var options = new OptionsValidationException("Chain", typeof(ChainOptions), ["Chain:ChainId must be positive", "Chain:RelayerPrivateKey is missing"]);
        var database = new DatabaseConfigurationException("the PostgreSQL server db:5432 (database emissionsdao) cannot be reached (refused): start it or check ConnectionStrings:Emissions");

        Assert.Equal(chain.Message, PortalStartupExtensions.StartupProblem(chain));
        Assert.Equal("Chain:ChainId must be positive; Chain:RelayerPrivateKey is missing", PortalStartupExtensions.StartupProblem(options));
        Assert.Equal(chain.Message, PortalStartupExtensions.StartupProblem(new AggregateException(chain)));
        Assert.Equal(database.Message, PortalStartupExtensions.StartupProblem(database));
    }

    [Fact]
    public void Bugs_are_not_disguised_as_configuration_problems() =>
        Assert.Null(PortalStartupExtensions.StartupProblem(new NullReferenceException()));
}
