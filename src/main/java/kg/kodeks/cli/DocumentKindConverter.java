package kg.kodeks.cli;

import kg.kodeks.render.DocumentKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads document kinds as typed: {@code press-release}, {@code code}... */
final class DocumentKindConverter implements ITypeConverter<DocumentKind> {
    @Override
    public DocumentKind convert(String value) {
        try {
            return DocumentKind.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
