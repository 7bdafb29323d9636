"""LangChain integration (the only langchain import in rag/): a BaseRetriever over the index."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from rag.retrieve import retrieve


class NewsragRetriever(BaseRetriever):
    """Hybrid newsrag retrieval as LangChain Documents with offsets and scores in metadata."""

    k: int = 5
    filters: dict[str, Any] | None = None
    settings: Any = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        passages = retrieve(query, k=self.k, filters=self.filters, settings=self.settings)
        docs = []
        for p in passages:
            meta = {k: v for k, v in p.to_dict().items() if k not in ("text", "attributions")}
            meta["speakers"] = sorted({a.speaker for a in p.attributions})
            docs.append(Document(page_content=p.text, metadata=meta, id=p.chunk.id))
        return docs


def format_docs(docs: list[Document]) -> str:
    """Numbered passage blocks for an LCEL prompt, with title, outlet and date."""
    return "\n\n".join(
        f"[{i}] {d.metadata.get('title', '')} ({d.metadata.get('outlet', '')}, "
        f"{d.metadata.get('published') or 'undated'})\n{d.page_content}"
        for i, d in enumerate(docs, 1)
    )
