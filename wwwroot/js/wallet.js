// Wallet interop for the portal (an ES module imported by WalletInterop.cs).
//
// EIP-1193 calls to the browser's injected wallet (window.ethereum), and the fetch calls that sign in and out: Blazor
// Server components cannot set cookies, so the browser posts to /auth/* itself and the page then reloads.
//
// Every export resolves to an outcome, never rejects: { ok: true, value } or { ok: false, kind, code, message }, where
// kind is "no-wallet", "rejected" (the user declined, EIP-1193 code 4001), "unauthorized" (4100), "wrong-chain",
// "wrong-account", "wallet-error" or "http-error". WalletInterop turns a failure into a WalletException with that kind and message.

const USER_REJECTED = 4001;
const UNAUTHORIZED = 4100;

class WalletFailure extends Error {
  constructor(kind, message, code) {
    super(message);
    this.kind = kind;
    this.code = Number.isInteger(code) ? code : null;
  }
}

function injectedWallet() {
  const ethereum = globalThis.ethereum;
  if (!ethereum || typeof ethereum.request !== "function") {
    throw new WalletFailure(
      "no-wallet",
      "No Ethereum wallet was found in this browser: install a wallet extension (e.g. MetaMask), or use a browser that has one.");
  }
  return ethereum;
}

async function walletRequest(method, params) {
  const ethereum = injectedWallet();
  try {
    return await ethereum.request(params === undefined ? { method } : { method, params });
  } catch (error) {
    if (error?.code === USER_REJECTED) {
      throw new WalletFailure("rejected", "You declined the request in your wallet.", USER_REJECTED);
    }
    if (error?.code === UNAUTHORIZED) {
      throw new WalletFailure("unauthorized", "The wallet has not given this portal access to the account: connect it first.", UNAUTHORIZED);
    }
    throw new WalletFailure("wallet-error", `The wallet refused ${method}: ${error?.message ?? error}`, error?.code);
  }
}

async function outcome(action) {
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    if (error instanceof WalletFailure) {
      return { ok: false, kind: error.kind, code: error.code, message: error.message };
    }
    return { ok: false, kind: "wallet-error", code: null, message: String(error?.message ?? error) };
  }
}

function utf8Hex(text) {
  return "0x" + Array.from(new TextEncoder().encode(text), b => b.toString(16).padStart(2, "0")).join("");
}

export function hasInjectedWallet() {
  return typeof globalThis.ethereum?.request === "function";
}

/** Asks the wallet to connect; resolves to the accounts it shares (the selected one first). */
export function requestAccounts() {
  return outcome(async () => {
    const accounts = await walletRequest("eth_requestAccounts");
    if (!Array.isArray(accounts) || accounts.length === 0) {
      throw new WalletFailure("unauthorized", "The wallet connected but shared no account.");
    }
    return accounts;
  });
}

/** The chain the wallet is on, as a number. */
export function chainId() {
  return outcome(async () => Number.parseInt(await walletRequest("eth_chainId"), 16));
}

/** EIP-191 personal_sign of a UTF-8 text (sent hex-encoded, as wallets expect). */
export function personalSign(message, address) {
  return outcome(() => walletRequest("personal_sign", [utf8Hex(message), address]));
}

/** EIP-712 signature of typed data given as its JSON text. */
export function signTypedDataV4(address, typedDataJson) {
  return outcome(() => walletRequest("eth_signTypedData_v4", [address, typedDataJson]));
}

/**
 * eth_sendTransaction of a call the portal built ({ from, to, data, value, gas, chainId }), once the wallet is on that
 * chain with that account selected; resolves to the transaction hash. The portal follows the hash until it is mined.
 */
export function sendTransaction(transaction) {
  return outcome(async () => {
    const walletChain = Number.parseInt(await walletRequest("eth_chainId"), 16);
    const portalChain = Number.parseInt(transaction.chainId, 16);
    if (walletChain !== portalChain) {
      throw new WalletFailure(
        "wrong-chain",
        `Your wallet is on chain ${walletChain}, but this portal's contracts are on chain ${portalChain}: switch your wallet to chain ${portalChain} and try again.`);
    }
    const accounts = await walletRequest("eth_accounts");
    if (!Array.isArray(accounts) || accounts.length === 0) {
      throw new WalletFailure("unauthorized", "The wallet has not given this portal access to the account: connect it first.", UNAUTHORIZED);
    }
    if (accounts[0].toLowerCase() !== transaction.from.toLowerCase()) {
      throw new WalletFailure(
        "wrong-account",
        `Your wallet's selected account is ${accounts[0]}, but you are signed in as ${transaction.from}: select that account in your wallet, or sign in again with the other one.`);
    }
    return await walletRequest("eth_sendTransaction", [transaction]);
  });
}

async function post(path, body) {
  const response = await fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.ok) {
    return response.status === 204 ? null : await response.json();
  }
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    // Not a problem-details body: the status says enough.
  }
  throw new WalletFailure("http-error", problem?.detail ?? problem?.title ?? `The portal answered ${response.status} ${response.statusText}`, response.status);
}

/** Posts a signed EIP-4361 message; on success the response has set the session cookie. */
export function signInWithEthereum(message, signature) {
  return outcome(() => post("auth/siwe", { message, signature }));
}

/** Signs in as a published dev account (the server signs); only on the embedded dev chain. */
export function signInAsDevAccount(name) {
  return outcome(() => post(`auth/dev/${encodeURIComponent(name)}`));
}

export function signOut() {
  return outcome(() => post("auth/signout"));
}

export function copyText(text) {
  return outcome(async () => {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
    // Without a secure context there is no async clipboard: fall back to a selected text area.
    const area = document.createElement("textarea");
    area.value = text;
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    return copied;
  });
}
