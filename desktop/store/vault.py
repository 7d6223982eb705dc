"""The journal's lock: AES-256-GCM with a key derived from the passphrase by scrypt.

The salt, the scrypt parameters and a verifier (a known text encrypted with the key) are kept
in the settings table; the passphrase and the key never are. A wrong passphrase fails the
verifier and is refused; a lost passphrase means the journal cannot be read by anyone.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

PREFIX = "enc1:"
VERIFIER_TEXT = b"turnaround journal vault"
# OWASP's minimum for scrypt (Password Storage Cheat Sheet): N = 2^17, r = 8, p = 1. About
# 0.35 s and 128 MiB on a 2-core laptop: slow for guessing, still quick to unlock. Vaults made
# with less (2^15 before) are made again at their next unlock: see `is_outdated`.
N, R, P = 2**17, 8, 1


class VaultError(Exception):
    """A wrong passphrase, or text that cannot be decrypted."""


class VaultLockedError(VaultError):
    """The journal is locked: it needs the passphrase to be read or written."""


@dataclass(frozen=True)
class VaultParameters:
    salt: bytes
    n: int
    r: int
    p: int
    verifier: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "salt": base64.b64encode(self.salt).decode(),
                "n": self.n,
                "r": self.r,
                "p": self.p,
                "verifier": self.verifier,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> VaultParameters:
        data = json.loads(text)
        return cls(
            base64.b64decode(data["salt"]), data["n"], data["r"], data["p"], data["verifier"]
        )


def derive_key(passphrase: str, salt: bytes, n: int = N, r: int = R, p: int = P) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


class Cipher:
    """Encrypts and decrypts text fields with one key."""

    def __init__(self, key: bytes) -> None:
        self._aes = AESGCM(key)

    def encrypt(self, text: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aes.encrypt(nonce, text.encode("utf-8"), None)
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, stored: str) -> str:
        if not stored.startswith(PREFIX):
            return stored  # written before the passphrase was set
        raw = base64.b64decode(stored[len(PREFIX) :])
        try:
            return self._aes.decrypt(raw[:12], raw[12:], None).decode("utf-8")
        except InvalidTag as error:
            raise VaultError("the text cannot be decrypted with this passphrase") from error


def is_outdated(parameters: VaultParameters) -> bool:
    """Whether the vault was made with weaker key stretching than new vaults get."""
    return parameters.n < N or parameters.r < R or parameters.p < P


def new_parameters(passphrase: str) -> tuple[VaultParameters, Cipher]:
    salt = os.urandom(16)
    cipher = Cipher(derive_key(passphrase, salt))
    return VaultParameters(salt, N, R, P, cipher.encrypt(VERIFIER_TEXT.decode())), cipher


def open_cipher(passphrase: str, parameters: VaultParameters) -> Cipher:
    """The cipher for this passphrase, or VaultError when it is the wrong one."""
    cipher = Cipher(
        derive_key(passphrase, parameters.salt, parameters.n, parameters.r, parameters.p)
    )
    if cipher.decrypt(parameters.verifier) != VERIFIER_TEXT.decode():
        raise VaultError("wrong passphrase")
    return cipher


@dataclass(frozen=True)
class Key:
    parameters: VaultParameters
    cipher: Cipher


@dataclass(frozen=True)
class KeyChange:
    """A passphrase set, changed or made stronger: the key the journal was sealed with before
    (None: it was in clear) and the key it is sealed with now."""

    before: Key | None
    after: Key

    def opener_for(self, stored: VaultParameters | None) -> Callable[[str], str] | None:
        """What reads a copy of the journal kept with the vault `stored` (None: kept in clear);
        None when neither key of this change can (another, earlier passphrase)."""
        if stored is None:
            return _clear
        for key in (self.after, self.before):
            if key is not None and key.parameters.salt == stored.salt:
                return key.cipher.decrypt
        return None


def _clear(text: str) -> str:
    if text.startswith(PREFIX):
        raise VaultError("sealed text in a journal without a passphrase")
    return text
