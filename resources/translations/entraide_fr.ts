<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AgreementsList</name>
    <message numerus="yes">
        <location filename="../../app/ui/agreements/list_view.py" line="141"/>
        <source>%Ln conventions et avenants</source>
        <translation>
            <numerusform>%Ln convention ou avenant</numerusform>
            <numerusform>%Ln conventions et avenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/agreements/list_view.py" line="145"/>
        <source>{0} sur %Ln conventions et avenants</source>
        <translation>
            <numerusform>{0} sur %Ln convention ou avenant</numerusform>
            <numerusform>{0} sur %Ln conventions et avenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message numerus="yes">
        <location filename="../../app/ui/agreements/view.py" line="304"/>
        <source>Envoyée à l&apos;imprimante (%Ln pages).</source>
        <translation>
            <numerusform>Envoyée à l&apos;imprimante (%Ln page).</numerusform>
            <numerusform>Envoyée à l&apos;imprimante (%Ln pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message numerus="yes">
        <location filename="../../app/ui/equipment/catalogue_view.py" line="209"/>
        <source>%Ln matériels</source>
        <translation>
            <numerusform>%Ln matériel</numerusform>
            <numerusform>%Ln matériels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/view.py" line="216"/>
        <source>plus de %Ln résultats</source>
        <translation>
            <numerusform>plus de %Ln résultat</numerusform>
            <numerusform>plus de %Ln résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/view.py" line="218"/>
        <source>%Ln résultats</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/practices/feedback_panel.py" line="101"/>
        <source>Utile à %Ln associations</source>
        <translation>
            <numerusform>Utile à %Ln association</numerusform>
            <numerusform>Utile à %Ln associations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practices/feedback_panel.py" line="102"/>
        <source>adoptée par %Ln associations</source>
        <translation>
            <numerusform>adoptée par %Ln association</numerusform>
            <numerusform>adoptée par %Ln associations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practices/feedback_panel.py" line="103"/>
        <source>%Ln commentaires</source>
        <translation>
            <numerusform>%Ln commentaire</numerusform>
            <numerusform>%Ln commentaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../../app/ui/practices/library.py" line="195"/>
        <source>adoptée %Ln fois</source>
        <translation>
            <numerusform>adoptée %Ln fois</numerusform>
            <numerusform>adoptée %Ln fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practices/library.py" line="208"/>
        <source>%Ln pratiques</source>
        <translation>
            <numerusform>%Ln pratique</numerusform>
            <numerusform>%Ln pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practices/library.py" line="210"/>
        <source>{0} pratiques sur %Ln</source>
        <translation>
            <numerusform>{0} pratiques sur %Ln</numerusform>
            <numerusform>{0} pratiques sur %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/agreements/preview.py" line="148"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message numerus="yes">
        <location filename="../../app/ui/practices/reader.py" line="187"/>
        <source>%Ln versions</source>
        <translation>
            <numerusform>%Ln version</numerusform>
            <numerusform>%Ln versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="82"/>
        <source>%n jours</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message numerus="yes">
        <location filename="../../app/ui/sync/status_line.py" line="63"/>
        <source>%Ln conflits</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message numerus="yes">
        <location filename="../../app/ui/trash/view.py" line="155"/>
        <source>%Ln éléments dans la corbeille</source>
        <translation>
            <numerusform>%Ln élément dans la corbeille</numerusform>
            <numerusform>%Ln éléments dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash/view.py" line="175"/>
        <source>Restaurer %Ln éléments</source>
        <translation>
            <numerusform>Restaurer %Ln élément</numerusform>
            <numerusform>Restaurer %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash/view.py" line="180"/>
        <source>%Ln éléments remis dans la corbeille.</source>
        <translation>
            <numerusform>%Ln élément remis dans la corbeille.</numerusform>
            <numerusform>%Ln éléments remis dans la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash/view.py" line="236"/>
        <source>Les %Ln éléments de la corbeille seront supprimés définitivement</source>
        <translation>
            <numerusform>%Ln élément de la corbeille sera supprimé définitivement</numerusform>
            <numerusform>Les %Ln éléments de la corbeille seront supprimés définitivement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash/view.py" line="260"/>
        <source>%Ln éléments supprimés définitivement.</source>
        <translation>
            <numerusform>%Ln élément supprimé définitivement.</numerusform>
            <numerusform>%Ln éléments supprimés définitivement.</numerusform>
        </translation>
    </message>
</context>
</TS>
