using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Chain.Tests.Infrastructure;

namespace EmissionsDao.Chain.Tests;

[Collection(AnvilCollection.Name)]
public sealed class DevAccountsTests(AnvilFixture chain)
{
    [Fact]
    public async Task Dev_account_keys_are_the_ones_anvil_funds()
    {
        var anvilAccounts = await chain.Reader.Eth.Accounts.SendRequestAsync();

        foreach (var account in DevAccounts.All)
        {
            Assert.Equal(anvilAccounts[account.Index], account.Address, StringComparer.OrdinalIgnoreCase);
        }
    }
}
