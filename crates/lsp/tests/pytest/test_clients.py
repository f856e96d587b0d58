"""`figcheck lsp` driven by pytest-lsp, once per capability profile of a real editor.

The Rust tests drive the server with hand-written capabilities; these use the profiles
pytest-lsp recorded from VS Code, Neovim (0.7, Debian's, and the latest) and Emacs, so
position-encoding negotiation, hover formats and optional fields are exercised the way
those editors would exercise them, and pytest-lsp checks every reply against what the
client announced. Run by scripts/test-pytest-lsp.sh.
"""

import asyncio
import os
import pathlib
import tempfile

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

REPO = pathlib.Path(__file__).resolve().parents[4]
FIGCHECK = os.environ.get("FIGCHECK_BIN", str(REPO / "target" / "debug" / "figcheck"))
SOURCE = REPO / "corpus" / "003_57944011cd868486.txt"

LINE = "한국은 🤖 로봇 31,600대를 설치했다: Korea installed 31,600 industrial robots last year."
DRAFT = f"# Robots\n\n{LINE}\n"
# The English 31,600, per position encoding (한국은: 3 UTF-16 units, 9 bytes; 🤖: 2, 4).
COLUMNS = {"utf-16": (41, 47), "utf-8": (65, 71)}

WORKSPACE = pathlib.Path(tempfile.mkdtemp(prefix="figcheck-pytest-lsp-"))
(WORKSPACE / "figcheck.toml").write_text(
    f'index = "index"\n\n[[corpus]]\npath = "{REPO / "corpus"}"\n', encoding="utf-8"
)

CLIENTS = ["visual-studio-code", "neovim@v0.7.0", "neovim", "emacs"]


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[FIGCHECK, "lsp"]),
    params=CLIENTS,
)
async def client(lsp_client: LanguageClient, request):
    # pytest-lsp's client does not answer registrations; an editor would accept them.
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        lsp_client.registrations = params.registrations

    lsp_client.registrations = []
    root = WORKSPACE.as_uri()
    params = types.InitializeParams(
        capabilities=client_capabilities(request.param),
        root_uri=root,
        workspace_folders=[types.WorkspaceFolder(uri=root, name="drafts")],
    )
    result = await lsp_client.initialize_session(params)
    lsp_client.negotiated = result.capabilities.position_encoding or "utf-16"
    yield
    await lsp_client.shutdown_session()


def expected_encoding(client: LanguageClient) -> str:
    """What the server must pick: the first of the client's encodings it speaks."""
    general = client.capabilities.general if client.capabilities else None
    for kind in (general.position_encodings or []) if general else []:
        if kind in ("utf-8", "utf-16"):
            return kind
    return "utf-16"


async def diagnostics_for(client: LanguageClient, uri: str, want):
    async def wait():
        while not (uri in client.diagnostics and want(client.diagnostics[uri])):
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        return client.diagnostics[uri]

    return await asyncio.wait_for(wait(), timeout=60)


async def test_diagnostics_hover_definition_and_fix(client: LanguageClient):
    encoding = expected_encoding(client)
    assert client.negotiated == encoding
    start, end = COLUMNS[encoding]
    uri = (WORKSPACE / "draft.md").as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="markdown", version=1, text=DRAFT
            )
        )
    )
    diags = await diagnostics_for(
        client, uri, lambda ds: any(d.code == "contradicted" for d in ds)
    )
    wrong = [d for d in diags if d.code == "contradicted"]
    assert len(wrong) == 1
    d = wrong[0]
    assert (d.range.start.line, d.range.start.character) == (2, start)
    assert (d.range.end.line, d.range.end.character) == (2, end)
    assert d.severity == types.DiagnosticSeverity.Error
    assert d.source == "figcheck"
    assert d.message.startswith("31,600 — the source says 30,600 (")
    assert d.related_information[0].location.uri == SOURCE.as_uri()
    assert d.related_information[0].location.range.start.line == 22

    at = types.Position(line=2, character=start + 1)
    doc = types.TextDocumentIdentifier(uri=uri)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=doc, position=at)
    )
    assert "contradicted: the source says 30,600" in hover.contents.value
    assert "Korea installed 30,600 industrial robots" in hover.contents.value

    definition = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc, position=at)
    )
    location = definition[0] if isinstance(definition, list) else definition
    assert location.uri == SOURCE.as_uri()
    assert location.range.start.line == 22

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=doc,
            range=types.Range(start=at, end=at),
            context=types.CodeActionContext(diagnostics=[d]),
        )
    )
    replace = actions[0]
    assert replace.title.startswith("Replace with 30,600 (")
    edit = replace.edit.changes[uri][0]
    assert (edit.range.start.character, edit.range.end.character) == (start, end)

    # Apply the quick fix as the editor would.
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=edit.range, text=edit.new_text
                )
            ],
        )
    )
    await diagnostics_for(
        client, uri, lambda ds: not any(d.code == "contradicted" for d in ds)
    )
