"""The library: every practice we can read, searched as you type (French word forms, accents
aside), filtered and sorted, each row with its highlighted snippet."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.practices.library import LibraryPage, library_page
from app.services.practices.search import OURS_FILTER, PracticeHit, PracticeQuery, SortOrder
from app.services.practices.snippets import Snippet
from app.ui.shared.flow_layout import FlowLayout, together
from app.ui.shared.locale_format import show_count, show_date
from app.ui.task_runner import TaskRunner

SEARCH_DELAY_MS = 250
PAGE = 50
ID_ROLE = Qt.ItemDataRole.UserRole


HIGHLIGHT = "<span style='background-color:#fff0a0; font-weight:600'>"


def highlighted(snippet: Snippet) -> str:
    """The snippet as rich text, the matched words on a yellow background (visible in a bold title)."""
    return snippet.html("b").replace("<b>", HIGHLIGHT).replace("</b>", "</span>")


def row_html(hit: PracticeHit, labels: dict[str, str]) -> str:
    """One row of the list as rich text: the title (matches in bold), who wrote it, its themes
    and adoptions (`labels["adoptions"]`, already counted; none said when nobody adopted it, as
    "adoptée 0 fois" on most rows would only be noise), then the snippet."""
    title = highlighted(Snippet(hit.title or labels["untitled"], hit.title_spans if hit.title else []))
    facts = [html.escape(hit.author_name)]
    if hit.themes:
        facts.append(html.escape(", ".join(hit.themes)))
    if hit.adoptions:
        facts.append(html.escape(labels["adoptions"]))
    if hit.status == "draft":
        facts.append(f"<span style='color:#8a5300'>{html.escape(labels['draft'])}</span>")
    elif hit.published_at is not None:
        facts.append(html.escape(show_date(hit.published_at.astimezone().date())))
    if hit.adopted_by_us:
        facts.append(f"<span style='color:#0b6b0b'>{html.escape(labels['adopted'])}</span>")
    return (
        f"<div style='font-size:11pt'><b>{title}</b></div>"
        f"<div style='color:#555'>{' · '.join(facts)}</div>"
        f"<div>{highlighted(hit.snippet)}</div>"
    )


class LibraryView(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    import_requested = Signal()
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self.loading = False
        self.total = 0
        self.search = QLineEdit()
        self.search.setObjectName("practicesSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Rechercher une pratique : bénévoles, formation, budget… (Ctrl+F)")
        )
        self.new_button = QPushButton(self.tr("Nouvelle pratique"))
        self.new_button.setToolTip(self.tr("Écrire une pratique de notre association (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("Importer un fichier Markdown…"))
        top = FlowLayout().add_widgets(self.search, self.new_button, self.import_button)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Tous les thèmes"), None)
        self.author = QComboBox()
        self.author.addItem(self.tr("Toutes les associations"), None)
        self.author.addItem(self.tr("Notre association"), OURS_FILTER)
        self.status = QComboBox()
        for text, value in (
            (self.tr("Publiées et brouillons"), None),
            (self.tr("Publiées"), "published"),
            (self.tr("Brouillons"), "draft"),
        ):
            self.status.addItem(text, value)
        self.adopted = QCheckBox(self.tr("Adoptées par nous"))
        self.sort = QComboBox()
        for text, value in (
            (self.tr("Pertinence"), SortOrder.RELEVANCE),
            (self.tr("Date"), SortOrder.DATE),
            (self.tr("Adoptions"), SortOrder.ADOPTIONS),
        ):
            self.sort.addItem(text, value.value)
        filters = FlowLayout().add_widgets(
            self.theme,
            self.author,
            self.status,
            self.adopted,
            together(QLabel(self.tr("Trier par")), self.sort),
        )
        self.list = QListWidget()
        self.list.setObjectName("practicesList")
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.count_label = QLabel()
        self.more_button = QPushButton(self.tr("Afficher plus de résultats"))
        self.more_button.hide()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.theme, self.author, self.status, self.sort):
            combo.currentIndexChanged.connect(self.refresh)
        self.adopted.toggled.connect(self.refresh)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))
        self.more_button.clicked.connect(self._more)
        self.new_button.clicked.connect(self.new_requested)
        self.import_button.clicked.connect(self.import_requested)

    # --- loading --------------------------------------------------------------------------------
    def query(self, offset: int = 0) -> PracticeQuery:
        return PracticeQuery(
            text=self.search.text(),
            theme=self.theme.currentData(),
            author_id=self.author.currentData(),
            status=self.status.currentData(),
            adopted_by_us=self.adopted.isChecked(),
            sort=self.sort.currentData(),
            limit=PAGE,
            offset=offset,
        )

    def refresh(self) -> None:
        self._timer.stop()
        self._load(self.query())

    def _more(self) -> None:
        self._load(self.query(self.list.count()))

    def _load(self, wanted: PracticeQuery) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        self._runner.run_db(
            lambda s: library_page(s, wanted), lambda page: self._show(page, generation), self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.failed.emit(error)

    def _show(self, page: LibraryPage, generation: int) -> None:
        if generation != self._generation:
            return  # an older search, overtaken by what was typed since
        self.loading = False
        self._fill_filters(page)
        if page.offset == 0:
            self.list.clear()
        labels = {
            "untitled": self.tr("(Sans titre)"),
            "draft": self.tr("brouillon"),
            "adopted": self.tr("adoptée par nous"),
        }
        width = max(self.list.viewport().width() - 12, 300)
        for hit in page.hits:
            item = QListWidgetItem()
            item.setData(ID_ROLE, hit.id)
            labels["adoptions"] = self.tr("adoptée %Ln fois", "", hit.adoptions)
            label = QLabel(row_html(hit, labels))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            item.setSizeHint(QSize(width, label.heightForWidth(width) + 4))
            self.list.addItem(item)
            self.list.setItemWidget(item, label)
        self.total = page.total
        shown = self.list.count()
        total = page.total
        if shown >= total:
            self.count_label.setText(self.tr("%Ln pratiques", "", total))
        else:
            self.count_label.setText(self.tr("{0} pratiques sur %Ln", "", total).format(show_count(shown)))
        self.more_button.setVisible(shown < page.total)
        filtered = (
            bool(self.search.text().strip())
            or self.query().theme is not None
            or any((self.author.currentIndex(), self.status.currentIndex(), self.adopted.isChecked()))
        )
        self.empty_label.setText(
            self.tr("Aucune pratique ne correspond à cette recherche.")
            if filtered
            else self.tr(
                "La bibliothèque est vide pour l'instant. Écrivez une pratique de votre association "
                "(« Nouvelle pratique ») ; celles des autres associations arrivent avec la synchronisation."
            )
        )
        self.empty_label.setVisible(shown == 0)
        if shown and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def _fill_filters(self, page: LibraryPage) -> None:
        """Themes and associations as the store knows them, the current choice kept."""
        for combo, entries, fixed in (
            (self.theme, [(t, t) for t in page.themes], 1),
            (self.author, sorted((n, i) for i, n in page.associations.items()), 2),
        ):
            chosen = combo.currentData()
            current = [(combo.itemText(i), combo.itemData(i)) for i in range(fixed, combo.count())]
            if current == list(entries):
                continue
            combo.blockSignals(True)
            while combo.count() > fixed:
                combo.removeItem(fixed)
            for text, value in entries:
                combo.addItem(text, value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id():
            self.open_requested.emit(self.current_id())
            return
        super().keyPressEvent(event)
